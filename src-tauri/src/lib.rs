//! The Tauri shell: commands are a few lines each (call the core, map the
//! error); all logic lives in `huiskamer-core`.
#![forbid(unsafe_code)]

mod commands;
mod diary;
mod started;
mod sync;

use std::sync::Mutex;
use std::time::Duration;

use huiskamer_core::content::Library;
use huiskamer_core::diary::Diary;
use huiskamer_core::i18n::I18n;
use huiskamer_core::App;
use tauri::Manager;
use tauri_plugin_notification::NotificationExt;

/// The library and the diary, each behind its own lock, so reading an
/// article never waits for a PIN being checked. Lock order: app, then diary.
pub struct AppState {
    /// The core: opened on a thread of its own while the window starts
    /// (the first start imports the library of every language).
    pub app: Ready<App>,
    pub diary: Mutex<Diary>,
    /// The background sync loop's status and wake-up signal.
    pub engine: std::sync::Arc<huiskamer_core::background::Engine>,
}

/// A value that is being made on another thread: `lock` waits for it once,
/// then behaves like the `Mutex` it becomes.
pub struct Ready<T> {
    value: std::sync::OnceLock<Mutex<T>>,
    /// Waiters sleep here until `value` is set (checked under the lock, so
    /// no wake-up is missed).
    made: (Mutex<()>, std::sync::Condvar),
}

impl<T> Ready<T> {
    fn new() -> Self {
        Ready { value: std::sync::OnceLock::new(), made: (Mutex::new(()), std::sync::Condvar::new()) }
    }

    fn set(&self, value: T) {
        let _ = self.value.set(Mutex::new(value));
        let _guard = self.made.0.lock().unwrap_or_else(|p| p.into_inner());
        self.made.1.notify_all();
    }

    /// The mutex, once the value is made.
    pub fn wait(&self) -> &Mutex<T> {
        if let Some(m) = self.value.get() {
            return m;
        }
        let mut guard = self.made.0.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(m) = self.value.get() {
                return m;
            }
            guard = self.made.1.wait(guard).unwrap_or_else(|p| p.into_inner());
        }
    }

    pub fn lock(&self) -> std::sync::LockResult<std::sync::MutexGuard<'_, T>> {
        self.wait().lock()
    }
}

fn init_logging() {
    // Logs go to stderr only, at `warn` unless HUISKAMER_LOG says otherwise.
    // The core never logs article text, search queries or personal data.
    let filter = tracing_subscriber::EnvFilter::try_from_env("HUISKAMER_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

fn open_core(dir: Result<std::path::PathBuf, String>) -> App {
    let locales: Vec<String> = sys_locale::get_locales().collect();
    let opened = dir.and_then(|dir| App::open(&dir, &locales).map_err(|e| e.to_string()));
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

/// Sets the window title and icon: Huiskamer's, or neutral ones (a plain
/// calculator) when disguised. The launcher entry of an installed package
/// keeps its name; a platform cannot rename an installed app at run time.
pub(crate) fn apply_title(handle: &tauri::AppHandle, state: &AppState) {
    let (title, disguised) = {
        let app = state.app.lock().unwrap_or_else(|p| p.into_inner());
        (huiskamer_core::diary::window_title(&app), huiskamer_core::diary::disguised(&app))
    };
    if let Some(w) = handle.get_webview_window("main") {
        let _ = w.set_title(&title);
        let icon = if disguised {
            tauri::image::Image::from_bytes(include_bytes!("../icons/neutral.png")).ok()
        } else {
            handle.default_window_icon().cloned()
        };
        if let Some(icon) = icon {
            let _ = w.set_icon(icon);
        }
    }
}

/// Every few seconds: lock the diary when idle, and show a neutral
/// notification for each reminder that is due (it works while locked and
/// never carries entry text).
fn watch(handle: tauri::AppHandle) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(5));
        let state = handle.state::<AppState>();
        let (due, text, disguised) = {
            let app = state.app.lock().unwrap_or_else(|p| p.into_inner());
            let mut diary = state.diary.lock().unwrap_or_else(|p| p.into_inner());
            diary.lock_if_idle(std::time::Instant::now());
            (
                diary.take_due_alarms(chrono::Utc::now()),
                huiskamer_core::diary::notification_text(&app),
                huiskamer_core::diary::disguised(&app),
            )
        };
        for _ in 0..due.min(3) {
            let mut n = handle.notification().builder().title(&text.0).body(&text.1);
            if disguised {
                // A stock icon name every desktop theme has.
                n = n.icon("accessories-calculator");
            }
            if let Err(e) = n.show() {
                tracing::warn!(error = %e, "could not show a notification");
            }
        }
    });
}

pub fn run() {
    started::mark();
    init_logging();
    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let dir = app.path().app_data_dir().map_err(|e| e.to_string());
            let diary = Diary::open(&dir.clone().unwrap_or_default());
            let engine = huiskamer_core::background::Engine::new(huiskamer_core::content::bundle::pinned_keys());
            app.manage(AppState { app: Ready::new(), diary: Mutex::new(diary), engine: engine.clone() });
            // The event loop stays free while the core opens: the window and
            // its web view start at the same time. A command that needs the
            // core before it is ready waits for it.
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                let state = handle.state::<AppState>();
                state.app.set(open_core(dir));
                apply_title(&handle, &state);
            });
            watch(app.handle().clone());
            sync::start(app.handle().clone(), engine);
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
            commands::set_city,
            commands::open_link,
            diary::diary_status,
            diary::diary_set_up,
            diary::diary_unlock,
            diary::diary_lock,
            diary::diary_week,
            diary::diary_search,
            diary::diary_entry,
            diary::diary_save,
            diary::diary_delete,
            diary::diary_add_photo,
            diary::diary_photo,
            diary::diary_settings,
            diary::diary_set_duress,
            diary::diary_change_secret,
            diary::diary_export,
            diary::diary_stage_restore,
            diary::diary_restore,
            diary::wipe_everything,
            diary::set_disguise,
            sync::sync_status,
            sync::sync_now,
            sync::set_partner_server,
            sync::contact_view,
            sync::contact_start,
            sync::contact_conversation,
            sync::contact_send,
            sync::contact_report,
            sync::contact_forget,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the Huiskamer app");
}

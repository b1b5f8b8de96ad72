//! Sync and contact: the background loop's host, and the commands of the
//! contact screen and the sync settings. All logic is in the core
//! (`background`, `contact`, `contact_view`); message text passes through
//! here and is never logged.

use std::sync::Arc;

use chrono::Utc;
use huiskamer_core::background::{Engine, Host};
use huiskamer_core::contact_view::{self, ContactView, ConversationView, SyncView};
use huiskamer_core::diary::Diary;
use huiskamer_core::vault::VaultError;
use huiskamer_core::{App, ErrorView};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_notification::NotificationExt;

use crate::AppState;

type Reply<T> = Result<T, ErrorView>;

/// What the background loop needs, reached through the app's state.
pub struct TauriHost(pub AppHandle);

impl TauriHost {
    fn state(&self) -> &AppState {
        self.0.state::<AppState>().inner()
    }
}

impl Host for TauriHost {
    type Vault = std::sync::Mutex<Diary>;
    type Library = std::sync::Mutex<App>;

    fn server(&self) -> Option<String> {
        let app = self.state().app.lock().unwrap_or_else(|p| p.into_inner());
        contact_view::server(&app)
    }
    fn vault(&self) -> &Self::Vault {
        &self.state().diary
    }
    fn library(&self) -> &Self::Library {
        self.state().app.wait()
    }
    fn unlocked(&self) -> bool {
        let mut d = self.state().diary.lock().unwrap_or_else(|p| p.into_inner());
        d.vault().map(|v| v.is_unlocked()).unwrap_or(false)
    }
    fn pending(&self) -> u64 {
        let mut d = self.state().diary.lock().unwrap_or_else(|p| p.into_inner());
        d.vault().ok().and_then(|v| v.pending_count().ok()).unwrap_or(0)
    }
    fn replies(&self, _count: u64) {
        // One neutral notification, whatever the count: never a name or text.
        let (title, body, disguised) = {
            let app = self.state().app.lock().unwrap_or_else(|p| p.into_inner());
            let (title, _) = huiskamer_core::diary::notification_text(&app);
            (title, huiskamer_core::diary::message_notification_text(&app), huiskamer_core::diary::disguised(&app))
        };
        let mut n = self.0.notification().builder().title(&title).body(&body);
        if disguised {
            n = n.icon("accessories-calculator");
        }
        if let Err(e) = n.show() {
            tracing::warn!(error = %e, "could not show a notification");
        }
    }
    fn organisations(&self, list: &[huiskamer_protocol::messages::Organisation]) {
        let app = self.state().app.lock().unwrap_or_else(|p| p.into_inner());
        contact_view::set_organisations(&app, list);
    }
}

/// Starts the background loop on Tauri's async runtime.
pub fn start(handle: AppHandle, engine: Arc<Engine>) {
    tauri::async_runtime::spawn(engine.run(TauriHost(handle)));
}

fn vault_error(state: &State<AppState>, e: VaultError) -> ErrorView {
    let app = state.app.lock().unwrap_or_else(|p| p.into_inner());
    tracing::warn!(code = e.code(), "contact command failed");
    Diary::error_view(&app, &e)
}

/// Runs `f` on the unlocked vault, then wakes the sync loop if asked.
fn with_vault<T>(
    state: &State<AppState>,
    wake: bool,
    f: impl FnOnce(&mut huiskamer_core::vault::Vault, &App) -> Result<T, VaultError>,
) -> Reply<T> {
    let result = {
        let app = state.app.lock().unwrap_or_else(|p| p.into_inner());
        let mut diary = state.diary.lock().unwrap_or_else(|p| p.into_inner());
        diary.vault().and_then(|v| f(v, &app))
    };
    match result {
        Ok(t) => {
            if wake {
                state.engine.wake();
            }
            Ok(t)
        }
        Err(e) => Err(vault_error(state, e)),
    }
}

#[derive(Serialize)]
pub struct SyncSettings {
    pub view: SyncView,
    /// The address the person set (empty when none, or when built in).
    pub server: String,
    /// The address in use: the person's, else the one given to the app.
    pub effective: Option<String>,
}

fn settings(state: &State<AppState>) -> SyncSettings {
    let mut status = state.engine.status();
    // What waits is read now, not at the last round: a change made a
    // moment ago shows at once.
    {
        let mut diary = state.diary.lock().unwrap_or_else(|p| p.into_inner());
        if let Ok(v) = diary.vault() {
            status.pending = v.pending_count().unwrap_or(status.pending);
            if v.is_unlocked() {
                status.queued_messages = v.queued_messages().unwrap_or(status.queued_messages);
            }
        }
    }
    let app = state.app.lock().unwrap_or_else(|p| p.into_inner());
    SyncSettings {
        view: contact_view::sync_view(&app, &status),
        server: app.settings().partner_server().unwrap_or_default(),
        effective: contact_view::server(&app),
    }
}

#[tauri::command]
pub fn sync_status(state: State<AppState>) -> SyncSettings {
    settings(&state)
}

#[tauri::command]
pub fn sync_now(state: State<AppState>) -> SyncSettings {
    state.engine.wake();
    settings(&state)
}

#[tauri::command]
pub fn set_partner_server(state: State<AppState>, server: String) -> Reply<SyncSettings> {
    {
        let app = state.app.lock().unwrap_or_else(|p| p.into_inner());
        contact_view::set_server(&app, &server).map_err(|code| app.error_message(code))?;
    }
    state.engine.wake();
    Ok(settings(&state))
}

#[tauri::command]
pub fn contact_view(state: State<AppState>) -> Reply<ContactView> {
    with_vault(&state, false, |v, app| Ok(contact_view::contact_view(app, &v.conversations()?)))
}

#[tauri::command]
pub fn contact_start(
    state: State<AppState>,
    organisation: String,
    name: String,
    callback: String,
    text: String,
) -> Reply<ConversationView> {
    with_vault(&state, true, |v, app| contact_view::start(app, v, &organisation, &name, &callback, &text, Utc::now()))
}

#[tauri::command]
pub fn contact_conversation(state: State<AppState>, id: String) -> Reply<ConversationView> {
    with_vault(&state, false, |v, app| contact_view::open(app, v, &id))
}

#[tauri::command]
pub fn contact_send(state: State<AppState>, id: String, text: String) -> Reply<ConversationView> {
    with_vault(&state, true, |v, app| contact_view::send(app, v, &id, &text, Utc::now()))
}

/// A report of a mistake in an article or a directory entry (`about`:
/// `article:<id>` or `organisation:<id>`), queued like any message.
#[tauri::command]
pub fn contact_report(state: State<AppState>, about: String, text: String) -> Reply<ConversationView> {
    with_vault(&state, true, |v, app| contact_view::report(app, v, &about, &text, Utc::now()))
}

#[tauri::command]
pub fn contact_forget(state: State<AppState>, id: String, on_server: bool) -> Reply<()> {
    with_vault(&state, on_server, |v, _| huiskamer_core::contact::forget(v, &id, on_server))
}

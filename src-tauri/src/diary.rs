//! Diary commands: parse, call `huiskamer_core::diary::Diary`, map the error.
//! PINs and entry text pass through here and are never logged.

use chrono::{Local, NaiveDate, Utc};
use huiskamer_core::diary::{Diary, DiarySearch, DiaryStatus, DiaryWeek};
use huiskamer_core::vault::{Entry, EntryBody, VaultError};
use huiskamer_core::ErrorView;
use tauri::ipc::{InvokeBody, Request, Response};
use tauri::{Manager, State};

use crate::AppState;

type Reply<T> = Result<T, ErrorView>;

fn with<T>(
    state: &State<AppState>,
    f: impl FnOnce(&mut Diary, &mut huiskamer_core::App) -> Result<T, VaultError>,
) -> Reply<T> {
    let mut app = state.app.lock().unwrap_or_else(|p| p.into_inner());
    let mut diary = state.diary.lock().unwrap_or_else(|p| p.into_inner());
    f(&mut diary, &mut app).map_err(|e| {
        tracing::warn!(code = e.code(), "diary command failed");
        Diary::error_view(&app, &e)
    })
}

fn status(state: &State<AppState>) -> Reply<DiaryStatus> {
    with(state, |d, app| d.status(app, Utc::now()))
}

#[tauri::command]
pub fn diary_status(state: State<AppState>) -> Reply<DiaryStatus> {
    status(&state)
}

#[tauri::command]
pub fn diary_set_up(state: State<AppState>, secret: String) -> Reply<String> {
    with(&state, |d, _| d.set_up(&secret).map(|k| k.to_string()))
}

#[tauri::command]
pub fn diary_unlock(state: State<AppState>, secret: String) -> Reply<DiaryStatus> {
    with(&state, |d, _| d.unlock(&secret, Utc::now()))?;
    // Unlocked: what waited for the diary (backup, messages) can go now.
    state.engine.wake();
    status(&state)
}

#[tauri::command]
pub fn diary_lock(state: State<AppState>) -> Reply<DiaryStatus> {
    with(&state, |d, _| {
        d.lock();
        Ok(())
    })?;
    status(&state)
}

#[tauri::command]
pub fn diary_week(state: State<AppState>, day: Option<String>) -> Reply<DiaryWeek> {
    let day = match day {
        Some(s) => NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|_| VaultError::Invalid("date")),
        None => Ok(Local::now().date_naive()),
    };
    with(&state, |d, app| d.week(app, day?))
}

#[tauri::command]
pub fn diary_search(state: State<AppState>, query: String) -> Reply<DiarySearch> {
    with(&state, |d, app| d.search(app, &query))
}

#[tauri::command]
pub fn diary_entry(state: State<AppState>, id: String) -> Reply<Entry> {
    with(&state, |d, _| d.entry(&id))
}

#[tauri::command]
pub fn diary_save(state: State<AppState>, id: Option<String>, body: EntryBody) -> Reply<Entry> {
    let saved = with(&state, |d, _| d.save(id.as_deref(), body, Utc::now()))?;
    state.engine.wake();
    Ok(saved)
}

#[tauri::command]
pub fn diary_delete(state: State<AppState>, id: String) -> Reply<()> {
    with(&state, |d, _| d.delete(&id, Utc::now()))?;
    state.engine.wake();
    Ok(())
}

/// The photo's bytes come as the raw request body, not as JSON.
#[tauri::command]
pub fn diary_add_photo(state: State<AppState>, request: Request<'_>) -> Reply<String> {
    with(&state, |d, _| match request.body() {
        InvokeBody::Raw(bytes) => d.add_photo(bytes, Utc::now()),
        InvokeBody::Json(_) => Err(VaultError::Invalid("photo-type")),
    })
}

#[tauri::command]
pub fn diary_photo(state: State<AppState>, id: String) -> Reply<Response> {
    with(&state, |d, _| d.photo(&id).map(|bytes| Response::new(bytes.to_vec())))
}

#[tauri::command]
pub fn diary_settings(state: State<AppState>, auto_lock_secs: u64, wipe_after: Option<u32>) -> Reply<DiaryStatus> {
    with(&state, |d, _| d.settings(auto_lock_secs, wipe_after))?;
    status(&state)
}

#[tauri::command]
pub fn diary_set_duress(state: State<AppState>, current: String, duress: String) -> Reply<()> {
    with(&state, |d, _| d.set_duress(&current, &duress))
}

#[tauri::command]
pub fn diary_change_secret(state: State<AppState>, current: String, new: String) -> Reply<()> {
    with(&state, |d, _| d.change_secret(&current, &new))
}

/// Writes the encrypted backup to the Downloads folder (else the app's
/// data folder) and returns where.
#[tauri::command]
pub fn diary_export(handle: tauri::AppHandle, state: State<AppState>) -> Reply<String> {
    let dir = handle.path().download_dir().or_else(|_| handle.path().app_data_dir());
    with(&state, |d, app| {
        let dir = dir.map_err(|_| VaultError::ReadOnly)?;
        d.export_message(app, &dir, Utc::now())
    })
}

#[tauri::command]
pub fn diary_stage_restore(state: State<AppState>, request: Request<'_>) -> Reply<()> {
    with(&state, |d, _| match request.body() {
        InvokeBody::Raw(bytes) => d.stage_restore(bytes.clone()),
        InvokeBody::Json(_) => Err(VaultError::CorruptBackup),
    })
}

#[tauri::command]
pub fn diary_restore(state: State<AppState>, recovery: String, secret: String) -> Reply<DiaryStatus> {
    with(&state, |d, _| d.restore(&recovery, &secret, Utc::now()))?;
    state.engine.wake();
    status(&state)
}

#[tauri::command]
pub fn wipe_everything(handle: tauri::AppHandle, state: State<AppState>) -> Reply<()> {
    with(&state, |d, app| d.wipe_everything(app))?;
    crate::apply_title(&handle, &state);
    Ok(())
}

#[tauri::command]
pub fn set_disguise(handle: tauri::AppHandle, state: State<AppState>, on: bool) -> Reply<DiaryStatus> {
    with(&state, |d, app| d.set_disguise(app, on))?;
    crate::apply_title(&handle, &state);
    status(&state)
}

//! Diary commands: each calls one method of the core's `Session`. PINs and
//! entry text pass through here and are never logged.

use huiskamer_core::diary::{DiarySearch, DiaryStatus, DiaryWeek, ReminderOpened};
use huiskamer_core::session::Reply;
use huiskamer_core::vault::{Entry, EntryBody};
use tauri::ipc::{InvokeBody, Request, Response};
use tauri::{AppHandle, Manager, Runtime};

use crate::Core;

/// The request's raw body (a photo, a backup file); `None` when it came as JSON.
fn raw<'a>(request: &'a Request<'_>) -> Option<&'a Vec<u8>> {
    match request.body() {
        InvokeBody::Raw(bytes) => Some(bytes),
        InvokeBody::Json(_) => None,
    }
}

#[tauri::command]
pub fn diary_status(core: Core) -> Reply<DiaryStatus> {
    core.diary_status()
}

#[tauri::command]
pub fn diary_set_up(core: Core, secret: String) -> Reply<String> {
    core.diary_set_up(&secret)
}

#[tauri::command]
pub fn diary_unlock(core: Core, secret: String) -> Reply<DiaryStatus> {
    core.diary_unlock(&secret)
}

/// After an unlock: where a reminder tapped while locked leads.
#[tauri::command]
pub fn diary_reminder(core: Core) -> Reply<Option<ReminderOpened>> {
    core.diary_reminder()
}

#[tauri::command]
pub fn diary_lock(core: Core) -> Reply<DiaryStatus> {
    core.diary_lock()
}

#[tauri::command]
pub fn diary_week(core: Core, day: Option<String>) -> Reply<DiaryWeek> {
    core.diary_week(day.as_deref())
}

#[tauri::command]
pub fn diary_search(core: Core, query: String) -> Reply<DiarySearch> {
    core.diary_search(&query)
}

#[tauri::command]
pub fn diary_entry(core: Core, id: String) -> Reply<Entry> {
    core.diary_entry(&id)
}

#[tauri::command]
pub fn diary_save(core: Core, id: Option<String>, body: EntryBody) -> Reply<Entry> {
    core.diary_save(id.as_deref(), body)
}

#[tauri::command]
pub fn diary_delete(core: Core, id: String) -> Reply<()> {
    core.diary_delete(&id)
}

/// The photo's bytes come as the raw request body, not as JSON.
#[tauri::command]
pub fn diary_add_photo(core: Core, request: Request<'_>) -> Reply<String> {
    core.diary_add_photo(raw(&request).map(Vec::as_slice))
}

#[tauri::command]
pub fn diary_photo(core: Core, id: String) -> Reply<Response> {
    core.diary_photo(&id).map(|bytes| Response::new(bytes.to_vec()))
}

#[tauri::command]
pub fn diary_settings(core: Core, auto_lock_secs: u64, wipe_after: Option<u32>) -> Reply<DiaryStatus> {
    core.diary_settings(auto_lock_secs, wipe_after)
}

#[tauri::command]
pub fn diary_set_duress(core: Core, current: String, duress: String) -> Reply<()> {
    core.diary_set_duress(&current, &duress)
}

#[tauri::command]
pub fn diary_change_secret(core: Core, current: String, new: String) -> Reply<()> {
    core.diary_change_secret(&current, &new)
}

/// Writes the encrypted backup to the Downloads folder (else the app's
/// data folder) and returns where.
#[tauri::command]
pub fn diary_export<R: Runtime>(handle: AppHandle<R>, core: Core) -> Reply<String> {
    let dir = handle.path().download_dir().or_else(|_| handle.path().app_data_dir()).ok();
    core.diary_export(dir.as_deref())
}

/// The backup file comes as the raw request body.
#[tauri::command]
pub fn diary_stage_restore(core: Core, request: Request<'_>) -> Reply<()> {
    core.diary_stage_restore(raw(&request).cloned())
}

#[tauri::command]
pub fn diary_restore(core: Core, recovery: String, secret: String) -> Reply<DiaryStatus> {
    core.diary_restore(&recovery, &secret)
}

#[tauri::command]
pub fn wipe_everything<R: Runtime>(handle: AppHandle<R>, core: Core) -> Reply<()> {
    core.wipe_everything()?;
    crate::apply_title(&handle, &core);
    Ok(())
}

#[tauri::command]
pub fn set_disguise<R: Runtime>(handle: AppHandle<R>, core: Core, on: bool) -> Reply<DiaryStatus> {
    let status = core.set_disguise(on)?;
    crate::apply_title(&handle, &core);
    Ok(status)
}

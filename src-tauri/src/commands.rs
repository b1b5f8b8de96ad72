//! Tauri commands: parse, call the core, map the error to `{code, message}`.

use huiskamer_core::app::{ArticleView, DirectoryView, LocaleView, SearchView, TopicPage, TopicView};
use huiskamer_core::{App, AppError, ErrorView, LinkRequest};
use tauri::State;
use tauri_plugin_opener::OpenerExt;

use crate::AppState;

type Reply<T> = Result<T, ErrorView>;

fn with<T>(state: &State<AppState>, f: impl FnOnce(&mut App) -> Result<T, AppError>) -> Reply<T> {
    let mut app = state.app.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    f(&mut app).map_err(|e| {
        tracing::warn!(code = e.code(), error = %e, "command failed");
        app.error_view(&e)
    })
}

#[tauri::command]
pub fn locale_view(state: State<AppState>) -> Reply<LocaleView> {
    with(&state, |app| Ok(app.locale_view()))
}

#[tauri::command]
pub fn set_locale(state: State<AppState>, code: String) -> Reply<LocaleView> {
    with(&state, |app| app.set_locale(&code))
}

#[tauri::command]
pub fn topics(state: State<AppState>) -> Reply<Vec<TopicView>> {
    let topics = with(&state, |app| app.topics());
    crate::started::first_list_served();
    topics
}

#[tauri::command]
pub fn topic(state: State<AppState>, id: String) -> Reply<TopicPage> {
    with(&state, |app| app.topic(&id))
}

#[tauri::command]
pub fn article(state: State<AppState>, id: String) -> Reply<ArticleView> {
    with(&state, |app| app.article(&id))
}

#[tauri::command]
pub fn search(state: State<AppState>, query: String) -> Reply<SearchView> {
    with(&state, |app| app.search(&query))
}

#[tauri::command]
pub fn directory(state: State<AppState>) -> Reply<DirectoryView> {
    with(&state, |app| app.directory(chrono::Utc::now()))
}

#[tauri::command]
pub fn set_city(state: State<AppState>, city: String) -> Reply<()> {
    with(&state, |app| app.set_city(&city))
}

#[tauri::command]
pub fn open_link(handle: tauri::AppHandle, state: State<AppState>, request: LinkRequest) -> Reply<()> {
    let url = with(&state, |app| app.link(&request, cfg!(mobile)))?;
    handle.opener().open_url(url, None::<&str>).map_err(|e| {
        tracing::warn!(error = %e, "could not open link");
        state.app.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).error_message("open-link")
    })
}

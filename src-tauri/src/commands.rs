//! Library commands: each calls one method of the core's `Session`.

use huiskamer_core::app::{ArticleView, DirectoryView, LocaleView, SearchView, TopicPage, TopicView};
use huiskamer_core::session::Reply;
use huiskamer_core::LinkRequest;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;

use crate::{Core, UiEvent, UiEvents};

/// The web view's channel for what the shell tells it unasked ([`UiEvent`]).
#[tauri::command]
pub fn app_events(events: State<UiEvents>, on_event: Channel<UiEvent>) {
    events.subscribe(on_event);
}

#[tauri::command]
pub fn locale_view(core: Core) -> Reply<LocaleView> {
    core.locale_view()
}

#[tauri::command]
pub fn set_locale(core: Core, code: String) -> Reply<LocaleView> {
    core.set_locale(&code)
}

#[tauri::command]
pub fn topics(core: Core) -> Reply<Vec<TopicView>> {
    let topics = core.topics();
    crate::started::first_list_served();
    topics
}

#[tauri::command]
pub fn topic(core: Core, id: String) -> Reply<TopicPage> {
    core.topic(&id)
}

#[tauri::command]
pub fn article(core: Core, id: String) -> Reply<ArticleView> {
    core.article(&id)
}

#[tauri::command]
pub fn search(core: Core, query: String) -> Reply<SearchView> {
    core.search(&query)
}

#[tauri::command]
pub fn directory(core: Core) -> Reply<DirectoryView> {
    core.directory()
}

#[tauri::command]
pub fn set_city(core: Core, city: String) -> Reply<()> {
    core.set_city(&city)
}

#[tauri::command]
pub fn open_link<R: Runtime>(handle: AppHandle<R>, core: Core, request: LinkRequest) -> Reply<()> {
    core.open_link(&request, cfg!(mobile), |url| handle.opener().open_url(url, None::<&str>))
}

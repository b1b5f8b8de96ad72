//! Sync and contact commands: each calls one method of the core's
//! `Session` (the background loop itself runs in the core, started in
//! `run`). Message text passes through here and is never logged.

use huiskamer_core::contact_view::{ContactView, ConversationView};
use huiskamer_core::session::{Reply, SyncSettings};

use crate::Core;

#[tauri::command]
pub fn sync_status(core: Core) -> SyncSettings {
    core.sync_status()
}

#[tauri::command]
pub fn sync_now(core: Core) -> SyncSettings {
    core.sync_now()
}

#[tauri::command]
pub fn set_partner_server(core: Core, server: String) -> Reply<SyncSettings> {
    core.set_partner_server(&server)
}

#[tauri::command]
pub fn contact_view(core: Core) -> Reply<ContactView> {
    core.contact_view()
}

#[tauri::command]
pub fn contact_start(
    core: Core,
    organisation: String,
    name: String,
    callback: String,
    text: String,
) -> Reply<ConversationView> {
    core.contact_start(&organisation, &name, &callback, &text)
}

#[tauri::command]
pub fn contact_conversation(core: Core, id: String) -> Reply<ConversationView> {
    core.contact_conversation(&id)
}

#[tauri::command]
pub fn contact_send(core: Core, id: String, text: String) -> Reply<ConversationView> {
    core.contact_send(&id, &text)
}

/// A report of a mistake in an article or a directory entry (`about`:
/// `article:<id>` or `organisation:<id>`), queued like any message.
#[tauri::command]
pub fn contact_report(core: Core, about: String, text: String) -> Reply<ConversationView> {
    core.contact_report(&about, &text)
}

#[tauri::command]
pub fn contact_forget(core: Core, id: String, on_server: bool) -> Reply<()> {
    core.contact_forget(&id, on_server)
}

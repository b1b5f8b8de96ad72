fn main() {
    // Every command the UI may call. Listing them here makes Tauri generate
    // `allow-<command>` permissions, and only those granted in
    // capabilities/main.json can be invoked from the web view.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "locale_view",
        "set_locale",
        "topics",
        "topic",
        "article",
        "search",
        "directory",
        "set_city",
        "open_link",
        "diary_status",
        "diary_set_up",
        "diary_unlock",
        "diary_lock",
        "diary_week",
        "diary_search",
        "diary_entry",
        "diary_save",
        "diary_delete",
        "diary_add_photo",
        "diary_photo",
        "diary_settings",
        "diary_set_duress",
        "diary_change_secret",
        "diary_export",
        "diary_stage_restore",
        "diary_restore",
        "wipe_everything",
        "set_disguise",
        "sync_status",
        "sync_now",
        "set_partner_server",
        "contact_view",
        "contact_start",
        "contact_conversation",
        "contact_send",
        "contact_forget",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri build step");
}

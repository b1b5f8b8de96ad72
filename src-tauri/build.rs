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
        "open_link",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri build step");
}

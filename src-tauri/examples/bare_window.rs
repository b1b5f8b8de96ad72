//! A bare Tauri window: one small page, none of the app's code, Tauri's and
//! WebKitGTK's defaults like the app. `scripts/bench-app.mjs`
//! measures its memory next to the app's, in the same run, as the floor the
//! app's own figure is compared with. Prints "bare window loaded" to stderr
//! when the page has loaded.
//!
//! Build: `cargo build --release --features tauri/custom-protocol --example bare_window -p huiskamer`

use tauri::webview::PageLoadEvent;
use tauri::{WebviewUrl, WebviewWindowBuilder};

const PAGE: &str = "<!doctype html><html lang=en><meta charset=utf-8>\
<title>Bare</title><h1>Bare window</h1><ul><li>One</li><li>Two</li><li>Three</li></ul>";

fn main() {
    let mut context = tauri::generate_context!();
    // Only the window made below; none from the app's configuration.
    context.config_mut().app.windows.clear();
    tauri::Builder::default()
        // The page comes from a scheme of its own, like the app's pages.
        .register_uri_scheme_protocol("bare", |_, _| {
            tauri::http::Response::builder()
                .header("content-type", "text/html; charset=utf-8")
                .body(PAGE.as_bytes().to_vec())
                .expect("a fixed answer")
        })
        .setup(|app| {
            let url = "bare://localhost/".parse().map_err(|e| format!("page address: {e}"))?;
            WebviewWindowBuilder::new(app, "main", WebviewUrl::External(url))
                .title("Bare")
                .inner_size(420.0, 820.0)
                .on_page_load(|_, payload| {
                    if matches!(payload.event(), PageLoadEvent::Finished) {
                        eprintln!("bare window loaded");
                    }
                })
                .build()?;
            Ok(())
        })
        .run(context)
        .expect("error while running the bare window");
}

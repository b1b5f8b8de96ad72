//! The shell through Tauri's mock runtime: the real invoke handler and
//! plugins, the core on real files in a temporary folder, commands called
//! as the web view calls them (no window, no display).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use huiskamer_core::diary::Diary;
use huiskamer_core::session::Session;
use huiskamer_core::vault::{KdfParams, Vault};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody, InvokeResponseBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;

struct Shell {
    app: tauri::App<MockRuntime>,
    webview: tauri::WebviewWindow<MockRuntime>,
    session: Arc<Session>,
    /// What the shell sent on channels the web view passed, as JSON.
    sent: Arc<Mutex<Vec<String>>>,
    _dir: tempfile::TempDir,
}

/// The app as `run` builds it, over a core opened in `locale` with a quick
/// key derivation for the diary.
fn shell(locale: &str) -> Shell {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
    let session = Arc::new(Session::starting_with(Some(dir.path().to_owned()), Diary::with_vault(vault)));
    session.open_library(&[locale.to_string()]);
    let sent = Arc::new(Mutex::new(Vec::new()));
    let log = sent.clone();
    let builder = mock_builder().channel_interceptor(move |_, _, _, body| {
        if let InvokeResponseBody::Json(json) = body {
            log.lock().unwrap().push(json.clone());
        }
        true
    });
    let app = huiskamer_app::app(builder).manage(session.clone()).build(mock_context(noop_assets())).unwrap();
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    Shell { app, webview, session, sent, _dir: dir }
}

impl Shell {
    /// Calls `cmd` as `invoke(cmd, args)` in the web view does.
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.webview, request).map(|body| body.deserialize::<Value>().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.invoke(cmd, args).unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }
}

#[test]
fn commands_answer_with_the_cores_views() {
    let s = shell("en");
    assert_eq!(s.ok("locale_view", json!({}))["locale"], "en");
    let nl = s.ok("set_locale", json!({ "code": "nl" }));
    assert_eq!(nl["locale"], "nl");
    assert_eq!(s.ok("locale_view", json!({}))["locale"], "nl", "the choice is kept");
    let topics = s.ok("topics", json!({}));
    assert_eq!(topics.as_array().map(Vec::len), Some(6));
    assert!(topics[0]["title"].is_string());
    assert_eq!(s.ok("sync_status", json!({}))["server"], "");
}

#[test]
fn errors_reject_with_code_and_message_in_the_readers_language() {
    let s = shell("nl");
    let e = s.invoke("article", json!({ "id": "no-such-article" })).unwrap_err();
    assert_eq!(e, json!({ "code": "not-found", "message": "Deze pagina is niet gevonden." }));

    s.ok("set_locale", json!({ "code": "en" }));
    s.ok("diary_set_up", json!({ "secret": "482916" }));
    assert_eq!(s.ok("diary_lock", json!({}))["state"], "locked");
    let e = s.invoke("diary_unlock", json!({ "secret": "000000" })).unwrap_err();
    assert_eq!(e, json!({ "code": "vault-wrong-pin", "message": "Wrong PIN. Try again." }));
    assert_eq!(s.ok("diary_unlock", json!({ "secret": "482916" }))["state"], "unlocked");
    let e = s.invoke("set_partner_server", json!({ "server": "http://example.org" })).unwrap_err();
    assert_eq!(e["code"], "sync-address");
}

#[test]
fn the_tick_turns_an_idle_diary_into_a_diary_locked_event_on_the_web_views_channel() {
    let s = shell("en");
    // Nobody listening yet: the tick still runs.
    huiskamer_app::tick(s.app.handle(), &s.session, chrono::Utc::now(), Instant::now());
    assert_eq!(s.ok("app_events", json!({ "onEvent": "__CHANNEL__:7" })), Value::Null);
    s.ok("diary_set_up", json!({ "secret": "482916" }));
    s.ok("diary_settings", json!({ "autoLockSecs": 60, "wipeAfter": null }));

    let start = Instant::now();
    huiskamer_app::tick(s.app.handle(), &s.session, chrono::Utc::now(), start + Duration::from_secs(30));
    assert!(s.sent.lock().unwrap().is_empty(), "not idle long enough");
    assert_eq!(s.ok("diary_status", json!({}))["state"], "unlocked");

    huiskamer_app::tick(s.app.handle(), &s.session, chrono::Utc::now(), start + Duration::from_secs(61));
    let sent: Vec<Value> = s.sent.lock().unwrap().iter().map(|j| serde_json::from_str(j).unwrap()).collect();
    assert_eq!(sent, vec![json!({ "event": "diary-locked" })]);
    assert_eq!(s.ok("diary_status", json!({}))["state"], "locked");
}

#[test]
fn a_reply_reaches_the_web_view_as_the_contact_tabs_badge() {
    let s = shell("en");
    assert_eq!(s.ok("app_events", json!({ "onEvent": "__CHANNEL__:7" })), Value::Null);
    // What the core decided when the background sync brought replies (no
    // notification here: the mock runtime has no notification server).
    let news = huiskamer_core::session::RepliesNews {
        unread_conversations: 2,
        unread_label: Some("Contact, 2 conversations with a new reply".into()),
        notice: None,
    };
    huiskamer_app::replies(s.app.handle(), &news);
    let sent: Vec<Value> = s.sent.lock().unwrap().iter().map(|j| serde_json::from_str(j).unwrap()).collect();
    assert_eq!(
        sent,
        vec![json!({ "event": "replies", "unread": 2, "label": "Contact, 2 conversations with a new reply" })]
    );
}

//! The silent alarm against the real partner server on loopback: the
//! emergency (duress) PIN opens an empty diary and its alarm, queued while
//! the server cannot be reached, reaches the server for the right
//! organisation with the current watch's details once it can; the
//! calculator code does the same with the diary locked.

mod common;

use std::sync::Mutex;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::{pin, Fault, Proxy, Server};
use huiskamer_core::alarm::deliver;
use huiskamer_core::sync::{sync_once, Client};
use huiskamer_core::vault::{open_code_slot, KdfParams, Secret, Vault};
use huiskamer_server::storage::{AlertKind, AlertSettings};

async fn accepting_alerts() -> Server {
    let server = Server::start().await;
    let settings =
        AlertSettings { check_in_alerts: true, grace_minutes: 15, on_call_email: None, reply_expectation: None };
    server.storage().await.set_alert_settings("main", &settings).await.unwrap();
    server
}

/// A diary with an account on the server (through `base`), an emergency PIN
/// and the silent alarm set up for "main" with the code 2580 and the
/// emergency PIN; the token registered.
async fn set_up(dir: &std::path::Path, base: &str, duress: &Secret) -> Mutex<Vault> {
    let mut v = Vault::open_with(&dir.join("vault.sqlite"), KdfParams::TEST).unwrap();
    v.set_up(&pin()).unwrap();
    v.set_duress(&pin(), duress).unwrap();
    v.set_up_alarm(base, "main", Some("2580"), Some(duress)).unwrap();
    let cell = Mutex::new(v);
    sync_once(&cell, &Client::new(base).unwrap()).await.unwrap();
    deliver(&cell).await.unwrap();
    assert!(cell.lock().unwrap().alarm_setup().unwrap().unwrap().registered, "the server has the token");
    cell
}

/// Registers a watch with details, as the app does for an appointment.
async fn watch(base: &str, cell: &Mutex<Vault>, id: &str) {
    let key = STANDARD.encode(*cell.lock().unwrap().sync_auth_key().unwrap());
    let due = (chrono::Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    let body = serde_json::json!({
        "organisation": "main",
        "due_at": due,
        "details": { "where": "Hotel aan de gracht, kamer 12", "who": "Man, grijze auto" },
    });
    let res = reqwest::Client::new()
        .put(format!("{base}/v1/watches/{id}"))
        .bearer_auth(key)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_duress_pin_alarm_waits_offline_and_reaches_the_organisation_with_the_watch() {
    let server = accepting_alerts().await;
    let proxy = Proxy::start(server.addr).await;
    let base = proxy.base();
    let dir = tempfile::tempdir().unwrap();
    let duress = Secret::new("736150");
    let cell = set_up(dir.path(), &base, &duress).await;
    watch(&base, &cell, "appointment-1").await;

    // Forced to open the diary, offline: it opens empty, the alarm waits.
    proxy.set(Fault::Refuse);
    {
        let mut v = cell.lock().unwrap();
        v.lock();
        v.unlock(&duress, chrono::Utc::now()).unwrap();
        assert!(v.entries().unwrap().is_empty());
        assert!(v.alarm_setup().unwrap().is_none(), "the empty diary shows nothing of the alarm");
    }
    let e = deliver(&cell).await.unwrap_err();
    assert!(e.is_temporary(), "{e}");
    assert!(server.storage().await.alerts_of("main").await.unwrap().is_empty());
    assert_eq!(cell.lock().unwrap().queued_alarm_fires().unwrap().len(), 1, "still queued");

    // Online again: it goes, once.
    proxy.set(Fault::None);
    let done = deliver(&cell).await.unwrap();
    assert_eq!(done.sent, 1);
    assert!(cell.lock().unwrap().queued_alarm_fires().unwrap().is_empty());
    deliver(&cell).await.unwrap();
    let alerts = server.storage().await.alerts_of("main").await.unwrap();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    let a = &alerts[0];
    assert_eq!(a.kind, AlertKind::Alarm);
    assert_eq!(a.organisation_id, "main");
    assert_eq!(a.watch_client_id.as_deref(), Some("appointment-1"), "with the current watch");
    assert!(a.watch_details.is_some(), "the watch's details go with it (sealed)");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_calculator_code_raises_the_alarm_with_the_diary_locked_and_a_wrong_code_does_not() {
    let server = accepting_alerts().await;
    let base = server.base();
    let dir = tempfile::tempdir().unwrap();
    let cell = set_up(dir.path(), &base, &Secret::new("736150")).await;
    cell.lock().unwrap().lock();
    for code in ["1111", "2580"] {
        let v = cell.lock().unwrap();
        let slot = v.alarm_code_slot(code).unwrap().unwrap();
        if let Some(target) = open_code_slot(&slot, code) {
            v.queue_alarm_fire(&target, &format!("calc-{code}")).unwrap();
        }
    }
    assert_eq!(deliver(&cell).await.unwrap().sent, 1);
    let alerts = server.storage().await.alerts_of("main").await.unwrap();
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].client_id, "calc-2580");
    assert_eq!(alerts[0].kind, AlertKind::Alarm);
}

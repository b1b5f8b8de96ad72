//! Check-in watches from the app's diary through the real partner server
//! (issue 18): registered when the appointment is saved, a check-in before
//! the due time means no alert, a check-in made offline after the alert
//! fired reaches the server as "checked in late", and a refusal is recorded
//! on the entry once and not sent again; "I am safe" ticked on her other
//! device (or a new check-in time) reaches the server through the device
//! that holds the watch, and only one watch is ever registered.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{Local, Utc};
use common::{devices, Fault, Proxy, Server};
use huiskamer_core::sync::{sync_once, Client};
use huiskamer_core::vault::watches::WatchChoice;
use huiskamer_core::vault::{EntryBody, Vault};
use huiskamer_core::watches::sync_watches;
use huiskamer_protocol::alerts::WatchStatus;
use huiskamer_server::storage::{AlertSettings, Storage};

fn appointment(check_in_in_minutes: i64, checked_in: bool) -> EntryBody {
    let now = Local::now().naive_local();
    EntryBody::Appointment {
        starts: now - chrono::Duration::minutes(90),
        ends: None,
        place: "Hotel Kade".into(),
        with_whom: "Mark".into(),
        check_in: Some(now + chrono::Duration::minutes(check_in_in_minutes)),
        checked_in,
        reminder_minutes: None,
        notes: String::new(),
        alert: Some(WatchChoice {
            organisation: "main".into(),
            place: Some("Hotel Kade, kamer 12".into()),
            ..Default::default()
        }),
    }
}

fn watch_of(dev: &Mutex<Vault>, entry: &str) -> huiskamer_core::vault::watches::LocalWatch {
    dev.lock().unwrap().watch_for_entry(entry).unwrap().expect("the entry has a watch")
}

/// A partner server whose organisation "main" takes alerts (15 minutes'
/// grace), its storage, and the app's client for it.
async fn accepting_server() -> (Server, Arc<dyn Storage>, Client) {
    let srv = Server::start().await;
    let storage = srv.storage().await;
    let accept =
        AlertSettings { check_in_alerts: true, grace_minutes: 15, on_call_email: None, reply_expectation: None };
    storage.set_alert_settings("main", &accept).await.unwrap();
    let client = Client::new(&srv.base()).unwrap();
    (srv, storage, client)
}

/// The server's test clock is one per process: each test here starts a
/// server that sets it, so they take turns.
static ONE_CLOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watch_is_registered_a_timely_check_in_raises_nothing_and_an_offline_late_one_says_so() {
    let _turn = ONE_CLOCK.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let clock = dir.path().join("clock");
    std::fs::write(&clock, "0").unwrap();
    let mut settings = Server::settings(dir.path());
    settings.alert_check_seconds = 1;
    settings.test_clock_file = Some(clock.clone());
    let running = huiskamer_server::start(settings.clone()).await.unwrap();
    let storage = huiskamer_server::storage::open(&settings.database_url()).await.unwrap();
    let accept =
        AlertSettings { check_in_alerts: true, grace_minutes: 15, on_call_email: None, reply_expectation: None };
    storage.set_alert_settings("main", &accept).await.unwrap();
    let proxy = Proxy::start(running.addr).await;
    let client = Client::new(&proxy.base()).unwrap();
    let devs = devices(dir.path(), 1);
    let dev = &devs[0];

    // Two appointments with an alert, saved while online: both registered.
    let timely = dev.lock().unwrap().save(None, appointment(30, false), Utc::now()).unwrap();
    let late = dev.lock().unwrap().save(None, appointment(31, false), Utc::now()).unwrap();
    let r = sync_watches(dev, &client).await.unwrap();
    assert_eq!((r.sent, r.refused, r.queued), (2, 0, 0));
    assert_eq!(watch_of(dev, &timely.id).server.unwrap().status, WatchStatus::Watching);

    // Checked in before the due time: the server closes it, no alert.
    dev.lock().unwrap().save(Some(&timely.id), appointment(30, true), Utc::now()).unwrap();
    sync_watches(dev, &client).await.unwrap();
    assert_eq!(watch_of(dev, &timely.id).server.unwrap().status, WatchStatus::CheckedIn);

    // The phone is off; the due time and the grace period pass; the server fires
    // for the other one only.
    std::fs::write(&clock, (50 * 60).to_string()).unwrap();
    let mut alerts = Vec::new();
    for _ in 0..100 {
        alerts = storage.alerts_of("main").await.unwrap();
        if !alerts.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(alerts.len(), 1, "one alert: the check-in that was missed");

    // She checks in while offline: it waits, and goes when the phone is online.
    proxy.set(Fault::Refuse);
    dev.lock().unwrap().save(Some(&late.id), appointment(31, true), Utc::now()).unwrap();
    assert!(sync_watches(dev, &client).await.unwrap_err().is_temporary());
    assert_eq!(watch_of(dev, &late.id).queue.len(), 1);
    proxy.set(Fault::None);
    let r = sync_watches(dev, &client).await.unwrap();
    assert_eq!((r.sent, r.queued), (1, 0));
    let w = watch_of(dev, &late.id);
    assert_eq!(w.server.as_ref().unwrap().status, WatchStatus::CheckedInLate);
    assert!(storage.alerts_of("main").await.unwrap()[0].checked_in_at.is_some(), "the dashboard can say so");
    assert_eq!(storage.alerts_of("main").await.unwrap().len(), 1, "still one alert");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_watch_is_recorded_once_a_later_time_registers_it_and_deleting_cancels_it() {
    let _turn = ONE_CLOCK.lock().await;
    let (_srv, storage, client) = accepting_server().await;
    // What the app learns before it offers the option.
    assert!(client.info().await.unwrap().check_in_alerts);
    let orgs = client.organisations().await.unwrap();
    assert_eq!((orgs[0].check_in_alerts, orgs[0].grace_minutes), (true, 15));
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 1);
    // Saved offline long ago, sent after its check-in time passed.
    let e = devs[0].lock().unwrap().save(None, appointment(-5, false), Utc::now()).unwrap();
    let r = sync_watches(&devs[0], &client).await.unwrap();
    assert_eq!((r.sent, r.refused, r.queued), (0, 1, 0));
    assert_eq!(watch_of(&devs[0], &e.id).refused.as_deref(), Some("due-in-past"));
    let r = sync_watches(&devs[0], &client).await.unwrap();
    assert_eq!((r.sent, r.refused), (0, 0), "not sent again");
    // A later time, saved again: sent again, and accepted.
    devs[0].lock().unwrap().save(Some(&e.id), appointment(60, false), Utc::now()).unwrap();
    let r = sync_watches(&devs[0], &client).await.unwrap();
    assert_eq!((r.sent, r.refused), (1, 0));
    let w = watch_of(&devs[0], &e.id);
    assert_eq!((w.refused, w.server.map(|s| s.status)), (None, Some(WatchStatus::Watching)));
    // The appointment is deleted: the watch is cancelled and leaves the device.
    devs[0].lock().unwrap().delete(&e.id, Utc::now()).unwrap();
    let r = sync_watches(&devs[0], &client).await.unwrap();
    assert_eq!((r.sent, r.queued), (1, 0));
    assert!(devs[0].lock().unwrap().watches().unwrap().is_empty());
    assert!(storage.alerts_of("main").await.unwrap().is_empty(), "a cancelled watch raises nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn i_am_safe_on_her_other_device_reaches_the_server_through_the_device_that_holds_the_watch() {
    let _turn = ONE_CLOCK.lock().await;
    let (_srv, storage, client) = accepting_server().await;
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);
    let (phone, tablet) = (&devs[0], &devs[1]);

    // Saved on the phone: the phone registers the watch; the tablet gets
    // the appointment and registers no second one.
    let e = phone.lock().unwrap().save(None, appointment(30, false), Utc::now()).unwrap();
    sync_watches(phone, &client).await.unwrap();
    sync_once(phone, &client).await.unwrap();
    sync_once(tablet, &client).await.unwrap();
    assert!(tablet.lock().unwrap().watches().unwrap().is_empty(), "one watch, on the phone");
    assert_eq!(sync_watches(tablet, &client).await.unwrap().sent, 0);

    // She moves the check-in time on the tablet: still no watch there; the
    // phone passes the new time on.
    let first_due = watch_of(phone, &e.id).server.unwrap().due_at;
    tablet.lock().unwrap().save(Some(&e.id), appointment(45, false), Utc::now()).unwrap();
    assert!(tablet.lock().unwrap().watches().unwrap().is_empty(), "no second watch");
    sync_once(tablet, &client).await.unwrap();
    sync_once(phone, &client).await.unwrap();
    assert_eq!(sync_watches(phone, &client).await.unwrap().sent, 1);
    assert_ne!(watch_of(phone, &e.id).server.unwrap().due_at, first_due, "the server has the new time");

    // She ticks "I am safe" on the tablet; the phone syncs and passes it on.
    tablet.lock().unwrap().save(Some(&e.id), appointment(45, true), Utc::now()).unwrap();
    sync_once(tablet, &client).await.unwrap();
    sync_once(phone, &client).await.unwrap();
    let r = sync_watches(phone, &client).await.unwrap();
    assert_eq!((r.sent, r.queued), (1, 0));
    assert_eq!(watch_of(phone, &e.id).server.unwrap().status, WatchStatus::CheckedIn);
    assert!(storage.alerts_of("main").await.unwrap().is_empty());
}

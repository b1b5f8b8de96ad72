//! Contact with a support worker through the real partner server and its
//! dashboard: written offline, delivered in order and once when online
//! (also when answers are lost), replies arrive, another device of the
//! same diary finds the conversation, and deletion reaches the server.

mod common;

use chrono::Utc;
use common::{devices, Fault, Proxy, Server, Worker};
use huiskamer_core::contact::{
    forget, mark_read, start_conversation, start_conversation_as, sync_contact, write_message, Opener,
};
use huiskamer_core::sync::Client;
use huiskamer_core::vault::{Field, VaultError};

fn count(page: &str, needle: &str) -> usize {
    page.matches(needle).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_written_offline_arrive_in_order_once_and_replies_come_back() {
    let srv = Server::start().await;
    let proxy = Proxy::start(srv.addr).await;
    let client = Client::new(&proxy.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);

    // Offline: the server can't be reached. Writing works all the same.
    proxy.set(Fault::Refuse);
    let conv = start_conversation(&mut devs[0].lock().unwrap(), "main", "Test organisation", "Bericht een", Utc::now())
        .unwrap();
    write_message(&mut devs[0].lock().unwrap(), &conv.id, "Bericht twee", Utc::now()).unwrap();
    write_message(&mut devs[0].lock().unwrap(), &conv.id, "Bericht drie", Utc::now()).unwrap();
    let err = sync_contact(&devs[0], &client).await.unwrap_err();
    assert!(err.is_temporary(), "{err:?}");
    assert_eq!(devs[0].lock().unwrap().queued_messages().unwrap(), 3);

    // Online: delivered, in the order written.
    proxy.set(Fault::None);
    let r = sync_contact(&devs[0], &client).await.unwrap();
    assert_eq!((r.sent, r.queued), (3, 0));
    let local = devs[0].lock().unwrap().conversation(&conv.id).unwrap();
    let sid = local.server_id.clone().unwrap();
    let seqs: Vec<Option<u64>> = local.messages.iter().map(|m| m.seq).collect();
    assert_eq!(seqs, [Some(1), Some(2), Some(3)]);

    let mut worker = Worker::sign_in(&srv, "sam").await;
    let page = worker.conversation(&sid).await;
    let (one, two, three) =
        (page.find("Bericht een").unwrap(), page.find("Bericht twee").unwrap(), page.find("Bericht drie").unwrap());
    assert!(one < two && two < three, "in the order written");

    // A message whose answer is lost is sent again and stored once.
    write_message(&mut devs[0].lock().unwrap(), &conv.id, "Bericht vier", Utc::now()).unwrap();
    proxy.set(Fault::CutResponseAfter(0));
    assert!(sync_contact(&devs[0], &client).await.unwrap_err().is_temporary());
    proxy.set(Fault::None);
    let r = sync_contact(&devs[0], &client).await.unwrap();
    assert_eq!(r.sent, 1);
    let page = worker.conversation(&sid).await;
    for text in ["Bericht een", "Bericht twee", "Bericht drie", "Bericht vier"] {
        assert_eq!(count(&page, text), 1, "{text} once on the worker's side");
    }
    let local = devs[0].lock().unwrap().conversation(&conv.id).unwrap();
    assert_eq!(local.messages.len(), 4, "and once on the person's side");

    // The worker answers; the next sync brings the reply, counted as new once.
    worker.reply(&sid, "Kom dinsdag langs.").await;
    let r = sync_contact(&devs[0], &client).await.unwrap();
    assert_eq!(r.replies, 1);
    assert_eq!(sync_contact(&devs[0], &client).await.unwrap().replies, 0);
    let local = devs[0].lock().unwrap().conversation(&conv.id).unwrap();
    assert_eq!(local.messages.last().unwrap().body, "Kom dinsdag langs.");
    assert!(local.messages.last().unwrap().from_worker);
    assert_eq!(local.unread, 1);
    assert_eq!(mark_read(&mut devs[0].lock().unwrap(), &conv.id).unwrap().unread, 0);

    // Another device restored from the recovery key finds it all.
    sync_contact(&devs[1], &client).await.unwrap();
    let found = devs[1].lock().unwrap().conversations().unwrap();
    assert_eq!(found.len(), 1);
    let bodies: Vec<&str> = found[0].messages.iter().map(|m| m.body.as_str()).collect();
    assert_eq!(bodies, ["Bericht een", "Bericht twee", "Bericht drie", "Bericht vier", "Kom dinsdag langs."]);
    assert_eq!(found[0].organisation_name, "Test organisation");

    // Asking the server to delete it: gone there, and gone here.
    forget(&mut devs[0].lock().unwrap(), &conv.id, true).unwrap();
    assert!(
        devs[0].lock().unwrap().conversation(&conv.id).unwrap().messages.is_empty(),
        "gone from the device at once"
    );
    sync_contact(&devs[0], &client).await.unwrap();
    let (status, _) = worker.get(&format!("/dashboard/conversations/{sid}")).await;
    assert_eq!(status, 404, "deleted on the server");
    assert!(devs[0].lock().unwrap().conversations().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn her_chosen_name_and_language_reach_the_dashboard_and_a_reply_names_its_conversation() {
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 1);
    let opener = Opener { name: Some("Оксана".into()), language: Some("uk".into()) };
    let conv =
        start_conversation_as(&mut devs[0].lock().unwrap(), "main", "Test organisation", "Привіт", opener, Utc::now())
            .unwrap();
    // An older-style conversation, without them.
    let plain =
        start_conversation(&mut devs[0].lock().unwrap(), "main", "Test organisation", "Hallo", Utc::now()).unwrap();
    sync_contact(&devs[0], &client).await.unwrap();
    let sid = devs[0].lock().unwrap().conversation(&conv.id).unwrap().server_id.unwrap();

    let mut worker = Worker::sign_in(&srv, "sam").await;
    let (_, queue) = worker.get("/dashboard").await;
    assert!(queue.contains("Оксана") && queue.contains("Українська (uk)"), "{queue}");
    assert!(queue.contains("No name given"), "the other one: {queue}");
    let page = worker.conversation(&sid).await;
    assert!(page.contains("<strong>Оксана</strong>"), "her message is labelled with her name: {page}");

    worker.reply(&sid, "Добрий день").await;
    let r = sync_contact(&devs[0], &client).await.unwrap();
    assert_eq!((r.replies, r.replied.clone()), (1, vec![conv.id.clone()]), "the reply names its conversation");
    assert_ne!(r.replied, vec![plain.id]);

    // A name on more than one line is refused on the device already.
    let bad = Opener { name: Some("Mia\nline two".into()), language: None };
    let err = start_conversation_as(&mut devs[0].lock().unwrap(), "main", "Test organisation", "Hi", bad, Utc::now());
    assert!(matches!(err, Err(VaultError::Invalid(Field::Name))), "{err:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conversation_removed_from_the_device_only_does_not_come_back() {
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 1);
    let conv =
        start_conversation(&mut devs[0].lock().unwrap(), "main", "Test organisation", "Hallo", Utc::now()).unwrap();
    sync_contact(&devs[0], &client).await.unwrap();
    forget(&mut devs[0].lock().unwrap(), &conv.id, false).unwrap();
    for _ in 0..2 {
        sync_contact(&devs[0], &client).await.unwrap();
    }
    let all = devs[0].lock().unwrap().conversations().unwrap();
    assert!(all.iter().all(|c| c.hidden && c.messages.is_empty()), "{all:?}");

    // A conversation never sent anywhere is simply removed.
    let draft =
        start_conversation(&mut devs[0].lock().unwrap(), "main", "Test organisation", "Concept", Utc::now()).unwrap();
    forget(&mut devs[0].lock().unwrap(), &draft.id, true).unwrap();
    assert!(devs[0].lock().unwrap().conversation(&draft.id).is_err());
}

#[tokio::test]
async fn conversations_are_sealed_and_locked_with_the_diary() {
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 1);
    let marker = "GEHEIM-BERICHT-7731";
    let conv = start_conversation(&mut devs[0].lock().unwrap(), "main", "Org", marker, Utc::now()).unwrap();
    // Bad input is refused clearly and changes nothing.
    assert!(write_message(&mut devs[0].lock().unwrap(), &conv.id, "   ", Utc::now()).is_err());
    assert!(write_message(&mut devs[0].lock().unwrap(), &conv.id, &"x".repeat(4001), Utc::now()).is_err());
    devs[0].lock().unwrap().lock();
    assert!(devs[0].lock().unwrap().conversations().is_err(), "locked with the diary");
    drop(devs);
    for f in common::data_files(dir.path()) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(!bytes.windows(marker.len()).any(|w| w == marker.as_bytes()), "{f:?} holds the message in plain text");
    }
}

/// The app as the person has it, in English, with the shipped library.
fn app() -> huiskamer_core::App {
    huiskamer_core::App::with_library(
        huiskamer_core::content::Library::open_in_memory().unwrap(),
        huiskamer_core::i18n::I18n::embedded(),
        &["en".to_string()],
    )
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_of_a_mistake_written_offline_reaches_the_organisation_once_marked_with_what_it_is_about() {
    use huiskamer_core::contact_view::{report, set_organisations};
    let mut srv = Server::start().await;
    let proxy = Proxy::start(srv.addr).await;
    let client = Client::new(&proxy.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 2);
    let app = app();
    let article = "health-sti-testing";
    let title = app.article(article).unwrap().title;
    // The app was online once: it knows who answers messages (the
    // background sync keeps this list). Then the server goes down.
    set_organisations(&app, &client.organisations().await.unwrap());
    srv.stop().await;

    // Bad input is refused clearly and changes nothing.
    for (about, text) in [
        ("article:Health", "Wrong"),
        ("page:x", "Wrong"),
        ("article:", "Wrong"),
        (&format!("article:{article}")[..], "  "),
    ] {
        let err = report(&app, &mut devs[0].lock().unwrap(), about, text, Utc::now()).unwrap_err();
        assert!(matches!(err, VaultError::Invalid(Field::About | Field::Message)), "{about:?}: {err:?}");
    }
    assert!(devs[0].lock().unwrap().conversations().unwrap().is_empty());

    // Offline: the report is written and waits, sealed, in the vault.
    let view = report(
        &app,
        &mut devs[0].lock().unwrap(),
        &format!("article:{article}"),
        "De openingstijden kloppen niet.",
        Utc::now(),
    )
    .unwrap();
    assert_eq!(view.organisation, "Test organisation", "a new conversation with the organisation");
    assert_eq!(view.messages.len(), 1);
    assert_eq!(view.messages[0].body, "De openingstijden kloppen niet.");
    assert_eq!(view.messages[0].state.as_deref(), Some("Waiting to be sent"));
    assert_eq!(view.messages[0].about.as_deref(), Some(&format!("Report of a mistake in: {title}")[..]));
    assert!(sync_contact(&devs[0], &client).await.unwrap_err().is_temporary());
    assert_eq!(devs[0].lock().unwrap().queued_messages().unwrap(), 1);

    // The server comes up: delivered once, with what it is about.
    srv.restart().await;
    proxy.retarget(srv.addr);
    let r = sync_contact(&devs[0], &client).await.unwrap();
    assert_eq!((r.sent, r.queued), (1, 0));
    assert_eq!(sync_contact(&devs[0], &client).await.unwrap().sent, 0, "sent once");
    let local = devs[0].lock().unwrap().conversation(&view.id).unwrap();
    let sid = local.server_id.clone().unwrap();

    // A second report, about a directory entry, goes into the same
    // conversation; its answer is lost once, and it is stored once.
    let entry = app.library().organisations().unwrap().remove(0);
    let again = report(
        &app,
        &mut devs[0].lock().unwrap(),
        &format!("organisation:{}", entry.id),
        "Ze zijn verhuisd.",
        Utc::now(),
    )
    .unwrap();
    assert_eq!(again.id, view.id, "the person's existing conversation");
    assert_eq!(devs[0].lock().unwrap().conversations().unwrap().len(), 1);
    assert_eq!(again.messages[1].about.as_deref(), Some(&format!("Report of a mistake in: {}", entry.name)[..]));
    proxy.set(Fault::CutResponseAfter(0));
    assert!(sync_contact(&devs[0], &client).await.unwrap_err().is_temporary());
    proxy.set(Fault::None);
    assert_eq!(sync_contact(&devs[0], &client).await.unwrap().sent, 1);

    // The server has both, in order, each once, each with its `about`.
    let key = devs[0].lock().unwrap().sync_auth_key().unwrap();
    let page = client.messages(&key, &sid, 0).await.unwrap();
    let got: Vec<(u64, &str, Option<&str>)> =
        page.messages.iter().map(|m| (m.seq, m.body.as_str(), m.about.as_deref())).collect();
    let about_entry = format!("organisation:{}", entry.id);
    assert_eq!(
        got,
        [
            (1, "De openingstijden kloppen niet.", Some(&format!("article:{article}")[..])),
            (2, "Ze zijn verhuisd.", Some(about_entry.as_str())),
        ]
    );

    // The support worker sees them marked as content reports, named.
    let mut worker = Worker::sign_in(&srv, "sam").await;
    let page = worker.conversation(&sid).await;
    assert_eq!(count(&page, "De openingstijden kloppen niet."), 1);
    assert_eq!(count(&page, "content-report"), 2, "{page}");
    assert!(page.contains(&format!("({article})")) && page.contains(&format!("({})", entry.id)), "{page}");
    let (_, queue) = worker.get("/dashboard").await;
    assert!(queue.contains("Content report"), "{queue}");

    // Another device of the same diary gets the reports with what they are about.
    sync_contact(&devs[1], &client).await.unwrap();
    let found = devs[1].lock().unwrap().conversations().unwrap();
    let abouts: Vec<Option<&str>> = found[0].messages.iter().map(|m| m.about.as_deref()).collect();
    assert_eq!(abouts, [Some(&format!("article:{article}")[..]), Some(about_entry.as_str())]);

    // Like any message, a report needs the diary open.
    devs[0].lock().unwrap().lock();
    let err =
        report(&app, &mut devs[0].lock().unwrap(), &format!("article:{article}"), "Nog iets", Utc::now()).unwrap_err();
    assert!(matches!(err, VaultError::Locked), "{err:?}");
}

#[tokio::test]
async fn a_report_goes_nowhere_until_an_organisation_is_known() {
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 1);
    let err = huiskamer_core::contact_view::report(
        &app(),
        &mut devs[0].lock().unwrap(),
        "article:health-sti-testing",
        "Wrong",
        Utc::now(),
    )
    .unwrap_err();
    assert!(matches!(err, VaultError::Invalid(Field::Organisation)), "{err:?}");
    assert!(devs[0].lock().unwrap().conversations().unwrap().is_empty());
}

//! Contact with a support worker through the real partner server and its
//! dashboard: written offline, delivered in order and once when online
//! (also when answers are lost), replies arrive, another device of the
//! same diary finds the conversation, and deletion reaches the server.

mod common;

use chrono::Utc;
use common::{devices, Fault, Proxy, Server, Worker};
use huiskamer_core::contact::{forget, mark_read, start_conversation, sync_contact, write_message};
use huiskamer_core::sync::Client;

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
    let conv = start_conversation(&mut devs[0].lock().unwrap(), "main", "Test organisation", "Bericht een", Utc::now()).unwrap();
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
    let (one, two, three) = (page.find("Bericht een").unwrap(), page.find("Bericht twee").unwrap(), page.find("Bericht drie").unwrap());
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
    assert!(devs[0].lock().unwrap().conversation(&conv.id).unwrap().messages.is_empty(), "gone from the device at once");
    sync_contact(&devs[0], &client).await.unwrap();
    let (status, _) = worker.get(&format!("/dashboard/conversations/{sid}")).await;
    assert_eq!(status, 404, "deleted on the server");
    assert!(devs[0].lock().unwrap().conversations().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conversation_removed_from_the_device_only_does_not_come_back() {
    let srv = Server::start().await;
    let client = Client::new(&srv.base()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let devs = devices(dir.path(), 1);
    let conv = start_conversation(&mut devs[0].lock().unwrap(), "main", "Test organisation", "Hallo", Utc::now()).unwrap();
    sync_contact(&devs[0], &client).await.unwrap();
    forget(&mut devs[0].lock().unwrap(), &conv.id, false).unwrap();
    for _ in 0..2 {
        sync_contact(&devs[0], &client).await.unwrap();
    }
    let all = devs[0].lock().unwrap().conversations().unwrap();
    assert!(all.iter().all(|c| c.hidden && c.messages.is_empty()), "{all:?}");

    // A conversation never sent anywhere is simply removed.
    let draft = start_conversation(&mut devs[0].lock().unwrap(), "main", "Test organisation", "Concept", Utc::now()).unwrap();
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

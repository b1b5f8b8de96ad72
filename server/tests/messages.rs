//! Contact with a support worker, from the app's side, over HTTP.

mod common;

use common::{backends, Backend, TestServer};
use serde_json::{json, Value};

async fn delete(s: &TestServer, key: &str, conv: &str) -> u16 {
    s.client
        .delete(s.url(&format!("/v1/conversations/{conv}")))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_person_opens_a_conversation_and_retried_messages_arrive_once() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let orgs: Value = s.client.get(s.url("/v1/organisations")).send().await.unwrap().json().await.unwrap();
        assert_eq!(
            orgs,
            json!([{ "id": "main", "name": "Test organisation", "check_in_alerts": false, "grace_minutes": 15 }]),
            "{b:?}: an organisation takes no check-in alerts until its admin says so"
        );

        let key = s.register().await;
        let (status, conv) = s.open_conversation(&key, "c-1").await;
        assert_eq!(status, 201, "{conv}");
        assert_eq!(conv["status"], "open");
        // The app retries after a dropped connection: same conversation.
        let (status, again) = s.open_conversation(&key, "c-1").await;
        assert_eq!(status, 200);
        assert_eq!(again["id"], conv["id"]);
        let id = conv["id"].as_str().unwrap();

        let (status, m1) = s.send_message(&key, id, "m-1", "Hello, can I talk to someone?").await;
        assert_eq!(status, 200, "{m1}");
        assert_eq!(m1["seq"], 1);
        assert_eq!(m1["from"], "person");
        let (_, retry) = s.send_message(&key, id, "m-1", "Hello, can I talk to someone?").await;
        assert_eq!(retry["seq"], 1, "{b:?}: a retry is stored once");
        let (_, m2) = s.send_message(&key, id, "m-2", "  About my taxes.  ").await;
        assert_eq!(m2["seq"], 2);

        let (status, page) = s.messages(&key, id, 0).await;
        assert_eq!(status, 200);
        let bodies: Vec<&str> =
            page["messages"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap()).collect();
        assert_eq!(bodies, ["Hello, can I talk to someone?", "About my taxes."]);
        assert_eq!(page["next_cursor"], 2);
        let (_, newer) = s.messages(&key, id, 2).await;
        assert_eq!(newer["messages"], json!([]));

        let list: Value =
            s.client.get(s.url("/v1/conversations")).bearer_auth(&key).send().await.unwrap().json().await.unwrap();
        assert_eq!(list[0]["id"], conv["id"]);
        assert_eq!(list[0]["last_seq"], 2);
    }
}

#[tokio::test]
async fn nobody_else_can_read_or_write_a_conversation() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let alice = s.register().await;
        let mallory = s.register().await;
        let (_, conv) = s.open_conversation(&alice, "c").await;
        let id = conv["id"].as_str().unwrap();
        s.send_message(&alice, id, "m", "private").await;
        let (status, body) = s.messages(&mallory, id, 0).await;
        assert_eq!((status, body["error"]["code"].as_str().unwrap()), (404, "not-found"), "{b:?}");
        let (status, _) = s.send_message(&mallory, id, "x", "hi").await;
        assert_eq!(status, 404);
        let list: Value =
            s.client.get(s.url("/v1/conversations")).bearer_auth(&mallory).send().await.unwrap().json().await.unwrap();
        assert_eq!(list, json!([]));
        let res = s.client.get(s.url(&format!("/v1/conversations/{id}/messages"))).send().await.unwrap();
        assert_eq!(res.status(), 401);
    }
}

#[tokio::test]
async fn a_person_can_have_a_conversation_deleted_and_nobody_else_can() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let alice = s.register().await;
        let mallory = s.register().await;
        let (_, conv) = s.open_conversation(&alice, "c").await;
        let id = conv["id"].as_str().unwrap();
        s.send_message(&alice, id, "m", "please forget this").await;
        assert_eq!(delete(&s, &mallory, id).await, 404, "{b:?}: another account cannot delete it");
        let (status, page) = s.messages(&alice, id, 0).await;
        assert_eq!((status, page["messages"].as_array().unwrap().len()), (200, 1), "{b:?}: still there");
        assert_eq!(delete(&s, &alice, id).await, 204, "{b:?}");
        let (status, _) = s.messages(&alice, id, 0).await;
        assert_eq!(status, 404, "{b:?}: gone");
        let list: Value =
            s.client.get(s.url("/v1/conversations")).bearer_auth(&alice).send().await.unwrap().json().await.unwrap();
        assert_eq!(list, json!([]));
        assert_eq!(delete(&s, &alice, id).await, 404, "{b:?}: deleting twice is a clear not-found");
    }
}

#[tokio::test]
async fn bad_messages_are_refused_clearly() {
    let s = TestServer::start(Backend::Sqlite).await;
    let key = s.register().await;
    let res = s
        .client
        .post(s.url("/v1/conversations"))
        .bearer_auth(&key)
        .json(&json!({ "organisation": "nobody", "client_id": "c" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "unknown-organisation");
    let (_, conv) = s.open_conversation(&key, "c").await;
    let id = conv["id"].as_str().unwrap();
    for (client_id, body, code) in [
        ("m", "   ", "invalid-message"),
        ("m", &"x".repeat(4001)[..], "invalid-message"),
        ("a b", "hi", "invalid-client-id"),
    ] {
        let (status, res) = s.send_message(&key, id, client_id, body).await;
        assert_eq!((status, res["error"]["code"].as_str().unwrap()), (400, code));
    }
    let (_, page) = s.messages(&key, id, 0).await;
    assert_eq!(page["messages"], json!([]), "nothing was stored");
}

#[tokio::test]
async fn messages_are_sealed_at_rest() {
    let s = TestServer::start(Backend::Sqlite).await;
    let key = s.register().await;
    let (_, conv) = s.open_conversation(&key, "c").await;
    let secret = "my address is Kerkstraat 12";
    s.send_message(&key, conv["id"].as_str().unwrap(), "m", secret).await;
    let mut found = false;
    for entry in std::fs::read_dir(s.data_dir()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        found |= bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
    }
    assert!(!found, "the message text is in none of the server's files");
    assert!(s.data_dir().join("message.key").is_file());
}

#[tokio::test]
async fn messages_are_deleted_after_the_retention_period() {
    for b in backends() {
        let s = TestServer::start_with(b, |c| c.message_retention_days = 30).await;
        let key = s.register().await;
        let (_, conv) = s.open_conversation(&key, "c").await;
        let id = conv["id"].as_str().unwrap();
        s.send_message(&key, id, "m", "old news").await;
        let storage = huiskamer_server::storage::open(&s.settings.database_url()).await.unwrap();
        let now = chrono::Utc::now().timestamp();
        // 29 days later: still there.
        assert_eq!(huiskamer_server::retention::purge(&*storage, 30, now + 29 * 86_400).await.unwrap(), 0);
        assert_eq!(s.messages(&key, id, 0).await.1["messages"].as_array().unwrap().len(), 1);
        // 31 days later: gone.
        assert_eq!(huiskamer_server::retention::purge(&*storage, 30, now + 31 * 86_400).await.unwrap(), 1, "{b:?}");
        assert_eq!(s.messages(&key, id, 0).await.1["messages"], json!([]));
    }
}

async fn send_about(s: &TestServer, key: &str, conv: &str, client_id: &str, body: &str, about: Value) -> (u16, Value) {
    let res = s
        .client
        .post(s.url(&format!("/v1/conversations/{conv}/messages")))
        .bearer_auth(key)
        .json(&json!({ "client_id": client_id, "body": body, "about": about }))
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.json().await.unwrap())
}

#[tokio::test]
async fn a_report_of_a_mistake_keeps_what_it_is_about_and_ordinary_messages_stay_as_they_were() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let key = s.register().await;
        let (_, conv) = s.open_conversation(&key, "c").await;
        let id = conv["id"].as_str().unwrap();
        let (_, plain) = s.send_message(&key, id, "m-1", "Hello").await;
        assert!(plain.get("about").is_none(), "{b:?}: an ordinary message has no about: {plain}");
        let (status, report) =
            send_about(&s, &key, id, "m-2", "The phone number is wrong.", json!("article:health-sti-testing")).await;
        assert_eq!(status, 200, "{b:?}: {report}");
        assert_eq!((report["seq"].as_u64(), report["about"].as_str()), (Some(2), Some("article:health-sti-testing")));
        // A retry is the stored message, about and all.
        let (_, retry) =
            send_about(&s, &key, id, "m-2", "The phone number is wrong.", json!("article:health-sti-testing")).await;
        assert_eq!(retry, report, "{b:?}");
        let (_, entry) = send_about(&s, &key, id, "m-3", "They moved.", json!("organisation:ggd-groningen")).await;
        assert_eq!(entry["about"], "organisation:ggd-groningen");
        // `null` is the same as leaving it out.
        let (status, none) = send_about(&s, &key, id, "m-4", "Thanks", Value::Null).await;
        assert_eq!((status, none.get("about")), (200, None));

        let (_, page) = s.messages(&key, id, 0).await;
        let listed: Vec<(u64, Option<&str>)> = page["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| (m["seq"].as_u64().unwrap(), m["about"].as_str()))
            .collect();
        assert_eq!(
            listed,
            [(1, None), (2, Some("article:health-sti-testing")), (3, Some("organisation:ggd-groningen")), (4, None)],
            "{b:?}"
        );
        assert!(page["messages"][0].get("about").is_none(), "not sent as null either: {page}");
    }
}

#[tokio::test]
async fn a_bad_about_is_refused_with_a_json_error_and_stores_nothing() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let key = s.register().await;
        let (_, conv) = s.open_conversation(&key, "c").await;
        let id = conv["id"].as_str().unwrap();
        let long = format!("article:{}", "a".repeat(81));
        for (n, bad) in [
            json!(""),
            json!("article:"),
            json!("article:Health"),
            json!("article:../etc"),
            json!("page:health"),
            json!("organisation:a b"),
            json!(long),
            json!(7),
            json!(["article:x"]),
        ]
        .into_iter()
        .enumerate()
        {
            let (status, res) = send_about(&s, &key, id, &format!("m{n}"), "Wrong", bad.clone()).await;
            assert_eq!(status, 400, "{b:?} {bad}: {res}");
            let code = res["error"]["code"].as_str().unwrap();
            assert!(code == "invalid-about" || code == "invalid-json", "{b:?} {bad}: {res}");
            assert!(res["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{res}");
        }
        let (status, res) = send_about(&s, &key, id, "m", "Wrong", json!("article:Nope")).await;
        assert_eq!((status, res["error"]["code"].as_str()), (400, Some("invalid-about")));
        assert!(res["error"]["message"].as_str().unwrap().contains("article:<id>"), "{res}");
        let (_, page) = s.messages(&key, id, 0).await;
        assert_eq!(page["messages"], json!([]), "{b:?}: nothing was stored");
        let list: Value =
            s.client.get(s.url("/v1/conversations")).bearer_auth(&key).send().await.unwrap().json().await.unwrap();
        assert_eq!(list[0]["last_seq"], 0, "{b:?}");
    }
}

/// Takes the database back to before reports (schema 3: no `about`
/// column, no recorded key ids), as a server of that release left it.
const UNDO_ALERTS: &str = "DROP TABLE alarm_tokens; DROP TABLE alerts; DROP TABLE watches; ALTER TABLE organisations DROP COLUMN check_in_alerts; ALTER TABLE organisations DROP COLUMN grace_minutes; ALTER TABLE organisations DROP COLUMN on_call_email; ALTER TABLE organisations DROP COLUMN reply_expectation;";

async fn downgrade_to_before_reports(s: &TestServer, b: Backend) {
    match b {
        Backend::Sqlite => {
            let path = s.settings.database_url().strip_prefix("sqlite:").unwrap().to_string();
            let c = rusqlite::Connection::open(path).unwrap();
            // Undo the later migrations too (0007, 0006) before 0005 and 0004.
            c.execute_batch(
                "ALTER TABLE conversations DROP COLUMN name_nonce; ALTER TABLE conversations DROP COLUMN name_sealed;
                 ALTER TABLE conversations DROP COLUMN language;",
            )
            .unwrap();
            c.execute_batch(UNDO_ALERTS).unwrap();
            c.execute_batch("DROP TABLE server_keys; ALTER TABLE messages DROP COLUMN about; PRAGMA user_version = 3;")
                .unwrap();
        }
        Backend::Postgres => {
            let (c, conn) = tokio_postgres::connect(&s.settings.database_url(), tokio_postgres::NoTls).await.unwrap();
            tokio::spawn(conn);
            c.batch_execute(
                "ALTER TABLE conversations DROP COLUMN name_nonce, DROP COLUMN name_sealed, DROP COLUMN language;",
            )
            .await
            .unwrap();
            c.batch_execute(UNDO_ALERTS).await.unwrap();
            c.batch_execute("DROP TABLE server_keys; ALTER TABLE messages DROP COLUMN about; UPDATE schema_version SET version = 3;")
                .await
                .unwrap();
        }
    }
}

#[tokio::test]
async fn messages_stored_before_reports_existed_still_list_after_the_upgrade() {
    for b in backends() {
        let mut s = TestServer::start(b).await;
        let key = s.register().await;
        let (_, conv) = s.open_conversation(&key, "c").await;
        let id = conv["id"].as_str().unwrap().to_string();
        s.send_message(&key, &id, "m-1", "Written before the upgrade").await;
        s.running.take().unwrap().stop().await;
        downgrade_to_before_reports(&s, b).await;

        s.restart().await;
        let (status, page) = s.messages(&key, &id, 0).await;
        assert_eq!(status, 200, "{b:?}: {page}");
        assert_eq!(page["messages"][0]["body"], "Written before the upgrade");
        assert!(page["messages"][0].get("about").is_none(), "{page}");
        // And the upgraded database takes reports.
        let (status, report) = send_about(&s, &key, &id, "m-2", "Wrong hours", json!("organisation:x")).await;
        assert_eq!((status, report["about"].as_str()), (200, Some("organisation:x")), "{b:?}");
    }
}

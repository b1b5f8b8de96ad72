//! The sync API as a device sees it, over HTTP against the real server, on
//! SQLite and (when configured) PostgreSQL.

mod common;

use common::{backends, ct, record, TestServer};
use serde_json::{json, Value};

fn seqs(pull: &Value) -> Vec<u64> {
    pull["records"].as_array().unwrap().iter().map(|r| r["seq"].as_u64().unwrap()).collect()
}

#[tokio::test]
async fn starts_with_zero_configuration_and_reports_health() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let res = s.client.get(s.url("/v1/health")).send().await.unwrap();
        assert_eq!(res.status(), 200, "{b:?}");
        assert_eq!(res.json::<Value>().await.unwrap(), json!({ "status": "ok" }));
        let info: Value = s.client.get(s.url("/v1/info")).send().await.unwrap().json().await.unwrap();
        assert_eq!(info["organisation"], "Test organisation");
        assert_eq!(info["api_version"], 1);
        assert_eq!(info["message_retention_days"], 90);
    }
    // SQLite by default: the database is a file in the data folder.
    let s = TestServer::start(common::Backend::Sqlite).await;
    assert!(s.data_dir().join("huiskamer-server.db").is_file());
}

#[tokio::test]
async fn a_device_registers_pushes_and_pulls_its_records_back() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let key = s.register().await;
        let (status, res) =
            s.push(&key, json!([record("note-1", 1, "sealed one"), record("note-2", 1, "sealed two")])).await;
        assert_eq!(status, 200, "{b:?} {res}");
        assert_eq!(res["accepted"].as_array().unwrap().len(), 2);
        assert_eq!(res["conflicts"], json!([]));
        let (status, pull) = s.pull(&key, "").await;
        assert_eq!(status, 200);
        assert_eq!(seqs(&pull), [1, 2]);
        assert_eq!(pull["records"][0]["id"], "note-1");
        assert_eq!(pull["records"][0]["ciphertext"], ct("sealed one"));
        assert_eq!(pull["records"][0]["tombstone"], false);
        assert_eq!(pull["next_cursor"], 2);
        assert_eq!(pull["has_more"], false);
        // Nothing new since the cursor.
        let (_, again) = s.pull(&key, "?since=2").await;
        assert_eq!(again["records"], json!([]));
        assert_eq!(again["next_cursor"], 2);
    }
}

#[tokio::test]
async fn pushing_the_same_version_twice_writes_once() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let key = s.register().await;
        let (_, first) = s.push(&key, json!([record("a", 5, "x")])).await;
        let (status, second) = s.push(&key, json!([record("a", 5, "x")])).await;
        assert_eq!(status, 200);
        assert_eq!(first["accepted"], second["accepted"], "{b:?}: a retry is answered like the first push");
        assert_eq!(second["conflicts"], json!([]));
        let (_, pull) = s.pull(&key, "").await;
        assert_eq!(seqs(&pull), [1], "{b:?}: one write, not two");
    }
}

#[tokio::test]
async fn a_stale_push_is_answered_with_the_newer_record_and_changes_nothing() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let key = s.register().await;
        s.push(&key, json!([record("a", 1, "old")])).await;
        s.push(&key, json!([record("a", 3, "new")])).await;
        // Another device, still at version 2, pushes.
        let (status, res) = s.push(&key, json!([record("a", 2, "middle"), record("b", 1, "fresh")])).await;
        assert_eq!(status, 200);
        assert_eq!(res["accepted"].as_array().unwrap().len(), 1);
        assert_eq!(res["accepted"][0]["id"], "b");
        assert_eq!(res["conflicts"].as_array().unwrap().len(), 1, "{b:?} {res}");
        assert_eq!(res["conflicts"][0]["version"], 3);
        assert_eq!(res["conflicts"][0]["ciphertext"], ct("new"));
        // Same version, different content: also not overwritten.
        let (_, res) = s.push(&key, json!([record("a", 3, "other")])).await;
        assert_eq!(res["conflicts"][0]["ciphertext"], ct("new"));
        let (_, pull) = s.pull(&key, "").await;
        let a = pull["records"].as_array().unwrap().iter().find(|r| r["id"] == "a").unwrap();
        assert_eq!(a["ciphertext"], ct("new"));
    }
}

#[tokio::test]
async fn pulling_pages_through_everything_with_the_cursor() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let key = s.register().await;
        let records: Vec<Value> = (0..7).map(|i| record(&format!("r{i}"), 1, &format!("t{i}"))).collect();
        s.push(&key, Value::Array(records)).await;
        let mut cursor = 0;
        let mut seen = Vec::new();
        let mut pages = 0;
        loop {
            let (status, page) = s.pull(&key, &format!("?since={cursor}&limit=3")).await;
            assert_eq!(status, 200);
            pages += 1;
            seen.extend(page["records"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()));
            cursor = page["next_cursor"].as_u64().unwrap();
            if !page["has_more"].as_bool().unwrap() {
                break;
            }
        }
        assert_eq!(pages, 3, "{b:?}");
        assert_eq!(seen, ["r0", "r1", "r2", "r3", "r4", "r5", "r6"]);
        // An update moves the record to the end of the change order.
        s.push(&key, json!([record("r1", 2, "changed")])).await;
        let (_, page) = s.pull(&key, &format!("?since={cursor}")).await;
        assert_eq!(page["records"].as_array().unwrap().len(), 1);
        assert_eq!(page["records"][0]["id"], "r1");
        assert_eq!(page["records"][0]["seq"], 8);
    }
}

#[tokio::test]
async fn a_deletion_reaches_other_devices_as_a_tombstone() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let key = s.register().await;
        s.push(&key, json!([record("a", 1, "secret")])).await;
        let (_, before) = s.pull(&key, "").await;
        let cursor = before["next_cursor"].as_u64().unwrap();
        let tomb = json!([{ "id": "a", "kind": "diary", "version": 2, "tombstone": true, "ciphertext": "" }]);
        let (status, res) = s.push(&key, tomb).await;
        assert_eq!(status, 200, "{res}");
        let (_, after) = s.pull(&key, &format!("?since={cursor}")).await;
        assert_eq!(after["records"][0]["id"], "a", "{b:?}");
        assert_eq!(after["records"][0]["tombstone"], true);
        assert_eq!(after["records"][0]["ciphertext"], "");
        // An old device cannot bring it back with its older version.
        let (_, res) = s.push(&key, json!([record("a", 1, "secret")])).await;
        assert_eq!(res["conflicts"][0]["tombstone"], true);
    }
}

#[tokio::test]
async fn one_account_can_never_see_or_touch_another_accounts_records() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let alice = s.register().await;
        let bob = s.register().await;
        s.push(&alice, json!([record("shared-id", 1, "alice's")])).await;
        let (_, bobs) = s.pull(&bob, "").await;
        assert_eq!(bobs["records"], json!([]), "{b:?}");
        // Bob pushing the same id and a higher version changes only his own.
        let (_, res) = s.push(&bob, json!([record("shared-id", 9, "bob's")])).await;
        assert_eq!(res["accepted"][0]["seq"], 1, "bob has his own change counter");
        let (_, alices) = s.pull(&alice, "").await;
        assert_eq!(alices["records"][0]["ciphertext"], ct("alice's"));
        assert_eq!(alices["records"][0]["version"], 1);
    }
}

#[tokio::test]
async fn deleting_an_account_removes_it_and_its_records() {
    for b in backends() {
        let s = TestServer::start(b).await;
        let key = s.register().await;
        s.push(&key, json!([record("a", 1, "x")])).await;
        let res = s.client.delete(s.url("/v1/accounts/me")).bearer_auth(&key).send().await.unwrap();
        assert_eq!(res.status(), 204, "{b:?}");
        let (status, body) = s.pull(&key, "").await;
        assert_eq!(status, 401);
        assert_eq!(body["error"]["code"], "unauthorized");
        // The same key can start again, with nothing from before.
        let res = s.client.post(s.url("/v1/accounts")).json(&json!({ "auth_key": key })).send().await.unwrap();
        assert_eq!(res.status(), 201);
        let (_, pull) = s.pull(&key, "").await;
        assert_eq!(pull["records"], json!([]));
    }
}

#[tokio::test]
async fn records_survive_a_server_restart() {
    for b in backends() {
        let mut s = TestServer::start(b).await;
        let key = s.register().await;
        s.push(&key, json!([record("a", 1, "kept")])).await;
        s.restart().await;
        let (status, pull) = s.pull(&key, "").await;
        assert_eq!(status, 200, "{b:?}");
        assert_eq!(pull["records"][0]["ciphertext"], ct("kept"));
        // The change counter continues; it does not restart at 1.
        let (_, res) = s.push(&key, json!([record("b", 1, "after")])).await;
        assert_eq!(res["accepted"][0]["seq"], 2);
    }
}

#[tokio::test]
async fn registering_the_same_key_twice_is_refused() {
    let s = TestServer::start(common::Backend::Sqlite).await;
    let key = s.register().await;
    let res = s.client.post(s.url("/v1/accounts")).json(&json!({ "auth_key": key })).send().await.unwrap();
    assert_eq!(res.status(), 409);
    assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "account-exists");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_database_keep_one_gap_free_change_order() {
    for b in backends() {
        let first = TestServer::start(b).await;
        // A second, stateless instance on the same database.
        let shared = first.settings.clone();
        let second = TestServer::start_with(b, move |s| {
            s.database = shared.database.clone();
            s.data_dir = shared.data_dir.clone();
        })
        .await;
        let key = first.register().await;
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..20 {
            let url = if i % 2 == 0 { first.url("/v1/records") } else { second.url("/v1/records") };
            let (client, key) = (first.client.clone(), key.clone());
            tasks.spawn(async move {
                let body = json!({ "records": [record(&format!("r{i}"), 1, "x")] });
                client.post(url).bearer_auth(key).json(&body).send().await.unwrap().status().as_u16()
            });
        }
        while let Some(status) = tasks.join_next().await {
            assert_eq!(status.unwrap(), 200, "{b:?}");
        }
        let (_, pull) = second.pull(&key, "").await;
        assert_eq!(seqs(&pull), (1..=20).collect::<Vec<u64>>(), "{b:?}");
    }
}

/// Many devices pushing at the same moment: on SQLite the pushes waiting at
/// one moment share a transaction (group commit). Each push is still its own:
/// every one is answered, each account's changes get their own unbroken
/// sequence, a stale push in the same group is a conflict that changes
/// nothing, and nothing of one account shows up in another's.
#[tokio::test]
async fn pushes_arriving_together_are_each_stored_once_in_order() {
    const DEVICES: usize = 4;
    const PUSHES: usize = 25;
    for b in backends() {
        let s = TestServer::start(b).await;
        let mut keys = Vec::new();
        for _ in 0..DEVICES {
            keys.push(s.register().await);
        }
        // A record at version 5 that the stale pushes below try to overwrite.
        let (status, _) = s.push(&keys[0], json!([record("shared", 5, "newest")])).await;
        assert_eq!(status, 200);
        let mut pushes = tokio::task::JoinSet::new();
        for (d, key) in keys.iter().enumerate() {
            for p in 0..PUSHES {
                let (client, url, key) = (s.client.clone(), s.url("/v1/records"), key.clone());
                let records = if d == 0 && p % 5 == 0 {
                    json!([record("shared", 1, "stale")])
                } else {
                    json!([record(&format!("d{d}-p{p}"), 1, &format!("device {d} push {p}"))])
                };
                pushes.spawn(async move {
                    let res =
                        client.post(url).bearer_auth(&key).json(&json!({ "records": records })).send().await.unwrap();
                    (d, p, res.status().as_u16(), res.json::<Value>().await.unwrap())
                });
            }
        }
        let mut conflicts = 0;
        while let Some(done) = pushes.join_next().await {
            let (d, p, status, res) = done.unwrap();
            assert_eq!(status, 200, "{b:?} device {d} push {p}: {res}");
            let accepted = res["accepted"].as_array().unwrap().len();
            let conflicted = res["conflicts"].as_array().unwrap().len();
            assert_eq!(accepted + conflicted, 1, "{b:?}: {res}");
            if conflicted == 1 {
                assert_eq!(res["conflicts"][0]["ciphertext"], ct("newest"), "{b:?}");
                conflicts += 1;
            }
        }
        assert_eq!(conflicts, PUSHES / 5, "{b:?}: every stale push is a conflict");
        for (d, key) in keys.iter().enumerate() {
            let (status, pull) = s.pull(key, "?since=0&limit=1000").await;
            assert_eq!(status, 200);
            let stored = if d == 0 { PUSHES - PUSHES / 5 + 1 } else { PUSHES };
            assert_eq!(seqs(&pull), (1..=stored as u64).collect::<Vec<_>>(), "{b:?} device {d}");
            for r in pull["records"].as_array().unwrap() {
                let id = r["id"].as_str().unwrap();
                assert!(id == "shared" || id.starts_with(&format!("d{d}-")), "{b:?}: {id} in device {d}'s account");
                if id == "shared" {
                    assert_eq!(r["ciphertext"], ct("newest"), "{b:?}");
                }
            }
        }
    }
}

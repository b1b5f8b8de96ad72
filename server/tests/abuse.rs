//! Bad input and abuse: every refusal is a clear JSON error with a stable
//! code, and nothing is changed by a refused request.

mod common;

use common::{record, Backend, TestServer};
use serde_json::{json, Value};

async fn error_of(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let body: Value = res.json().await.expect("every error body is JSON");
    (status, body["error"]["code"].as_str().expect("error.code").to_string())
}

#[tokio::test]
async fn missing_or_wrong_device_keys_are_refused() {
    let s = TestServer::start(Backend::Sqlite).await;
    let res = s.client.get(s.url("/v1/records")).send().await.unwrap();
    assert_eq!(error_of(res).await, (401, "unauthorized".into()));
    let unknown = common::ct(&"k".repeat(32));
    let res = s.client.get(s.url("/v1/records")).bearer_auth(unknown).send().await.unwrap();
    assert_eq!(error_of(res).await, (401, "unauthorized".into()));
    let res = s.client.get(s.url("/v1/records")).bearer_auth("not base64!").send().await.unwrap();
    assert_eq!(error_of(res).await, (401, "unauthorized".into()));
    let res =
        s.client.post(s.url("/v1/accounts")).json(&json!({ "auth_key": common::ct("short") })).send().await.unwrap();
    assert_eq!(error_of(res).await, (400, "invalid-key".into()));
}

#[tokio::test]
async fn malformed_requests_get_json_errors_not_plain_text() {
    let s = TestServer::start(Backend::Sqlite).await;
    let key = s.register().await;
    let post = |body: &'static str, ct: &'static str| {
        s.client.post(s.url("/v1/records")).bearer_auth(&key).header("content-type", ct).body(body).send()
    };
    assert_eq!(error_of(post("{not json", "application/json").await.unwrap()).await, (400, "invalid-json".into()));
    assert_eq!(
        error_of(post(r#"{"records":[]}"#, "text/plain").await.unwrap()).await,
        (415, "unsupported-media-type".into())
    );
    assert_eq!(
        error_of(post(r#"{"records":5}"#, "application/json").await.unwrap()).await,
        (400, "invalid-json".into())
    );
    // A field the server does not know (a client leaking plaintext?) is refused.
    let leak = r#"{"records":[{"id":"a","kind":"diary","version":1,"ciphertext":"AA==","text":"my diary"}]}"#;
    assert_eq!(error_of(post(leak, "application/json").await.unwrap()).await, (400, "invalid-json".into()));

    let res = s.client.get(s.url("/v1/nothing-here")).send().await.unwrap();
    assert_eq!(error_of(res).await, (404, "not-found".into()));
    let res = s.client.put(s.url("/v1/records")).send().await.unwrap();
    assert_eq!(error_of(res).await, (405, "method-not-allowed".into()));
    let res = s.client.get(s.url("/v1/records?limit=0")).bearer_auth(&key).send().await.unwrap();
    assert_eq!(error_of(res).await, (400, "invalid-query".into()));
    let res = s.client.get(s.url("/v1/records?since=-1")).bearer_auth(&key).send().await.unwrap();
    assert_eq!(error_of(res).await, (400, "invalid-query".into()));
}

#[tokio::test]
async fn invalid_records_are_named_and_the_whole_push_changes_nothing() {
    let s = TestServer::start(Backend::Sqlite).await;
    let key = s.register().await;
    let cases = [
        (json!({ "id": "", "kind": "diary", "version": 1, "ciphertext": "AA==" }), "invalid-record", "records[1].id"),
        (
            json!({ "id": "a/b", "kind": "diary", "version": 1, "ciphertext": "AA==" }),
            "invalid-record",
            "records[1].id",
        ),
        (
            json!({ "id": "a", "kind": "Diary", "version": 1, "ciphertext": "AA==" }),
            "invalid-record",
            "records[1].kind",
        ),
        (
            json!({ "id": "a", "kind": "diary", "version": 0, "ciphertext": "AA==" }),
            "invalid-record",
            "records[1].version",
        ),
        (
            json!({ "id": "a", "kind": "diary", "version": 1, "ciphertext": "%%%" }),
            "invalid-record",
            "records[1].ciphertext",
        ),
        (json!({ "id": "a", "kind": "diary", "version": 1, "ciphertext": "" }), "invalid-record", "not a tombstone"),
        (
            json!({ "id": "a", "kind": "diary", "version": 1, "ciphertext": common::ct(&"x".repeat(64 * 1024 + 1)) }),
            "record-too-large",
            "65536",
        ),
    ];
    for (bad, code, names) in cases {
        let (status, body) = s.push(&key, json!([record("good", 1, "fine"), bad])).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(body["error"]["code"], code, "{body}");
        assert!(body["error"]["message"].as_str().unwrap().contains(names), "{body}");
    }
    let (_, pull) = s.pull(&key, "").await;
    assert_eq!(pull["records"], json!([]), "a refused push writes nothing, not even its valid records");

    let many: Vec<Value> = (0..501).map(|i| record(&format!("r{i}"), 1, "x")).collect();
    let (status, body) = s.push(&key, Value::Array(many)).await;
    assert_eq!((status, body["error"]["code"].as_str().unwrap()), (400, "too-many-records"));
}

#[tokio::test]
async fn oversized_bodies_are_refused_with_413() {
    let s = TestServer::start_with(Backend::Sqlite, |c| c.limits.push_body_bytes = 64 * 1024).await;
    let key = s.register().await;
    let big: Vec<Value> = (0..20).map(|i| record(&format!("r{i}"), 1, &"x".repeat(8 * 1024))).collect();
    let (status, body) = s.push(&key, Value::Array(big)).await;
    assert_eq!((status, body["error"]["code"].as_str().unwrap()), (413, "too-large"));
    // Small endpoints have a small limit.
    let res =
        s.client.post(s.url("/v1/accounts")).json(&json!({ "auth_key": "A".repeat(100_000) })).send().await.unwrap();
    assert_eq!(error_of(res).await, (413, "too-large".into()));
}

#[tokio::test]
async fn a_message_fits_however_its_json_spells_it_and_a_bigger_body_is_the_json_413() {
    // Behind a TLS proxy, so errors carry HSTS like every other answer.
    let s = TestServer::start_with(Backend::Sqlite, |c| c.trust_forwarded_for = true).await;
    let key = s.register().await;
    let (_, conv) = s.open_conversation(&key, "c1").await;
    let send = |body: String| {
        s.client
            .post(s.url(&format!("/v1/conversations/{}/messages", conv["id"].as_str().unwrap())))
            .bearer_auth(&key)
            .header("content-type", "application/json")
            .header("x-forwarded-proto", "https")
            .body(body)
            .send()
    };
    // 4,000 letters outside the BMP, each written as two \u escapes (as
    // encoders that keep JSON to ASCII write them): 48 KB for 4,000 characters.
    let body = "\\ud800\\udf30".repeat(4000);
    let res = send(format!(r#"{{"client_id":"m1","body":"{body}"}}"#)).await.unwrap();
    assert_eq!(res.status(), 200);
    let m: Value = res.json().await.unwrap();
    assert_eq!(m["body"].as_str().unwrap().chars().collect::<Vec<_>>(), vec!['\u{10330}'; 4000]);

    // A bigger body: the JSON error, with the headers the other errors have.
    let res = send(format!(r#"{{"client_id":"m2","body":"{}"}}"#, "x".repeat(100_000))).await.unwrap();
    let h = res.headers().clone();
    assert_eq!(error_of(res).await, (413, "too-large".into()));
    let res = send(format!(r#"{{"client_id":"m3","body":"{}"}}"#, "x".repeat(4001))).await.unwrap();
    let other = res.headers().clone();
    assert_eq!(error_of(res).await, (400, "invalid-message".into()));
    for name in ["content-type", "strict-transport-security"] {
        assert_eq!(h.get(name), other.get(name), "{name}");
    }
    assert_eq!(h["content-type"], "application/json");
    assert_eq!(h["strict-transport-security"], "max-age=31536000");
}

#[tokio::test]
async fn too_many_requests_are_slowed_down_with_retry_after() {
    let s = TestServer::start_with(Backend::Sqlite, |c| c.limits.per_account_per_minute = 3).await;
    let key = s.register().await;
    for _ in 0..3 {
        assert_eq!(s.pull(&key, "").await.0, 200);
    }
    let res = s.client.get(s.url("/v1/records")).bearer_auth(&key).send().await.unwrap();
    let wait: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(error_of(res).await, (429, "rate-limited".into()));
    // Another account is not slowed down by the first one.
    let other = s.register().await;
    assert_eq!(s.pull(&other, "").await.0, 200);

    let s = TestServer::start_with(Backend::Sqlite, |c| c.limits.registrations_per_ip_per_hour = 2).await;
    s.register().await;
    s.register().await;
    let res = s
        .client
        .post(s.url("/v1/accounts"))
        .json(&json!({ "auth_key": common::ct(&"z".repeat(32)) }))
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(res).await, (429, "rate-limited".into()));

    let s = TestServer::start_with(Backend::Sqlite, |c| c.limits.per_ip_per_minute = 5).await;
    for _ in 0..5 {
        assert_eq!(s.client.get(s.url("/v1/info")).send().await.unwrap().status(), 200);
    }
    let res = s.client.get(s.url("/v1/info")).send().await.unwrap();
    assert_eq!(error_of(res).await, (429, "rate-limited".into()));
}

#[tokio::test]
async fn the_openapi_description_covers_every_route_the_server_serves() {
    let s = TestServer::start(Backend::Sqlite).await;
    let res = s.client.get(s.url("/v1/openapi.json")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let spec: Value = res.json().await.unwrap();
    assert_eq!(spec["openapi"], "3.1.0");
    let paths = spec["paths"].as_object().unwrap();

    // Every route declared in the router source is described...
    let src = std::fs::read_to_string(common::repo_file("src/api/mod.rs")).unwrap();
    // The API routes are the ones built into `v1` (the dashboard has its own pages).
    let start = src.find("let v1 = Router::new()").expect("the v1 router");
    let v1 = &src[start..start + src[start..].find(";\n").unwrap()];
    let mut declared = Vec::new();
    for part in v1.split(".route(").skip(1) {
        let path = part.split('"').nth(1).unwrap();
        let handlers = part.split("\n        .").next().unwrap();
        for m in ["get", "post", "put", "delete", "patch"] {
            if handlers.contains(&format!("{m}(")) || handlers.contains(&format!(".{m}(")) {
                declared.push((format!("/v1{path}"), m.to_string()));
            }
        }
    }
    assert!(declared.len() >= 7, "{declared:?}");
    for (path, method) in &declared {
        assert!(paths.get(path).and_then(|p| p.get(method)).is_some(), "{method} {path} is not in openapi.json");
    }
    // ...and every described operation is really served (not 404 or 405).
    for (path, ops) in paths {
        for method in ops.as_object().unwrap().keys() {
            assert!(
                declared.contains(&(path.clone(), method.clone())),
                "openapi.json describes {method} {path}, which the router lacks"
            );
            let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let res = s.client.request(m, s.url(path)).send().await.unwrap();
            let status = res.status().as_u16();
            let code = res.json::<Value>().await.map(|b| b["error"]["code"].clone()).unwrap_or_default();
            // A 404 from a route that exists names what is missing; only the
            // fallback for unknown routes says plain "not-found".
            assert!(
                status != 405 && !(status == 404 && code == "not-found"),
                "{method} {path} answered {status} {code}"
            );
        }
    }
}

#[tokio::test]
async fn every_route_that_takes_json_answers_a_body_of_another_type_with_415_as_described() {
    let s = TestServer::start(Backend::Sqlite).await;
    let key = s.register().await;
    let spec: Value = serde_json::from_str(huiskamer_server::api::OPENAPI).unwrap();
    let mut tried = 0;
    for (path, ops) in spec["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            if op.get("requestBody").is_none() {
                continue;
            }
            assert!(op["responses"].get("415").is_some(), "openapi.json gives {method} {path} no 415");
            let url = path.replace("{id}", "c1").replace("{client_id}", "w1");
            let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let res = s
                .client
                .request(m, s.url(&url))
                .bearer_auth(&key)
                .header("content-type", "text/plain")
                .body("{}")
                .send()
                .await
                .unwrap();
            assert_eq!(error_of(res).await, (415, "unsupported-media-type".into()), "{method} {path}");
            tried += 1;
        }
    }
    assert!(tried >= 9, "{tried}");
}

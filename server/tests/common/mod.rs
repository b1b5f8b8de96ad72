//! A real server on 127.0.0.1:0 with its own data folder, on SQLite, or on a
//! fresh PostgreSQL database when HUISKAMER_TEST_POSTGRES holds an address.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use huiskamer_server::config::Limits;
use huiskamer_server::{Running, Settings};
use serde_json::{json, Value};

pub struct TestServer {
    pub base: String,
    pub running: Option<Running>,
    pub settings: Settings,
    pub dir: tempfile::TempDir,
    pub client: reqwest::Client,
}

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The backends to run every story on: SQLite always, PostgreSQL when set up.
pub fn backends() -> Vec<Backend> {
    let mut b = vec![Backend::Sqlite];
    if std::env::var("HUISKAMER_TEST_POSTGRES").is_ok_and(|v| !v.is_empty()) {
        b.push(Backend::Postgres);
    }
    b
}

/// Creates an empty PostgreSQL database for one test and returns its address.
pub async fn fresh_postgres_database() -> String {
    let admin = std::env::var("HUISKAMER_TEST_POSTGRES").unwrap();
    let (client, conn) =
        tokio_postgres::connect(&admin, tokio_postgres::NoTls).await.expect("connect to test PostgreSQL");
    tokio::spawn(conn);
    let name = format!("hk_test_{:016x}", rand::random::<u64>());
    client.batch_execute(&format!("CREATE DATABASE {name}")).await.unwrap();
    // Replace the database name (the path) in the admin address.
    let (head, tail) = admin.split_once('?').map_or((admin.as_str(), None), |(h, t)| (h, Some(t)));
    let base = match head.rfind('/') {
        Some(i) if i > head.find("://").map_or(0, |j| j + 2) => &head[..i],
        _ => head,
    };
    match tail {
        Some(t) => format!("{base}/{name}?{t}"),
        None => format!("{base}/{name}"),
    }
}

impl TestServer {
    pub async fn start(backend: Backend) -> TestServer {
        Self::start_with(backend, |_| {}).await
    }

    pub async fn start_with(backend: Backend, tweak: impl FnOnce(&mut Settings)) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let mut settings = Settings {
            listen: "127.0.0.1:0".parse().unwrap(),
            data_dir: dir.path().join("data"),
            database: match backend {
                Backend::Sqlite => None,
                Backend::Postgres => Some(fresh_postgres_database().await),
            },
            organisation: "Test organisation".into(),
            limits: Limits::default(),
            ..Settings::default()
        };
        tweak(&mut settings);
        let running = huiskamer_server::start(settings.clone()).await.expect("server starts");
        TestServer {
            base: format!("http://{}", running.addr),
            running: Some(running),
            settings,
            dir,
            client: reqwest::Client::new(),
        }
    }

    /// Stops the server and starts it again on the same database.
    pub async fn restart(&mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
        let running = huiskamer_server::start(self.settings.clone()).await.expect("server restarts");
        self.base = format!("http://{}", running.addr);
        self.running = Some(running);
    }

    pub fn data_dir(&self) -> &Path {
        &self.settings.data_dir
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Registers a new device and returns its key (base64).
    pub async fn register(&self) -> String {
        let key = STANDARD.encode(rand::random::<[u8; 32]>());
        let res = self.client.post(self.url("/v1/accounts")).json(&json!({ "auth_key": key })).send().await.unwrap();
        assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
        key
    }

    pub async fn push(&self, key: &str, records: Value) -> (u16, Value) {
        let res = self
            .client
            .post(self.url("/v1/records"))
            .bearer_auth(key)
            .json(&json!({ "records": records }))
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        (status, res.json().await.unwrap())
    }

    /// A person's app opens a conversation with the organisation "main".
    pub async fn open_conversation(&self, key: &str, client_id: &str) -> (u16, Value) {
        let res = self
            .client
            .post(self.url("/v1/conversations"))
            .bearer_auth(key)
            .json(&json!({ "organisation": "main", "client_id": client_id }))
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.json().await.unwrap())
    }

    /// A person's app opens a conversation with the organisation "main",
    /// saying who she is: `extra` adds fields (`name`, `language`).
    pub async fn open_conversation_as(&self, key: &str, client_id: &str, extra: Value) -> (u16, Value) {
        let mut body = json!({ "organisation": "main", "client_id": client_id });
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        let res = self.client.post(self.url("/v1/conversations")).bearer_auth(key).json(&body).send().await.unwrap();
        (res.status().as_u16(), res.json().await.unwrap())
    }

    /// A person's app sends a message in a conversation.
    pub async fn send_message(&self, key: &str, conv: &str, client_id: &str, body: &str) -> (u16, Value) {
        let res = self
            .client
            .post(self.url(&format!("/v1/conversations/{conv}/messages")))
            .bearer_auth(key)
            .json(&json!({ "client_id": client_id, "body": body }))
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.json().await.unwrap())
    }

    /// The messages of a conversation after `since`, as the person's app reads them.
    pub async fn messages(&self, key: &str, conv: &str, since: u64) -> (u16, Value) {
        let res = self
            .client
            .get(self.url(&format!("/v1/conversations/{conv}/messages?since={since}")))
            .bearer_auth(key)
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.json().await.unwrap())
    }

    pub async fn pull(&self, key: &str, query: &str) -> (u16, Value) {
        let res = self.client.get(self.url(&format!("/v1/records{query}"))).bearer_auth(key).send().await.unwrap();
        let status = res.status().as_u16();
        (status, res.json().await.unwrap())
    }
}

pub fn ct(text: &str) -> String {
    STANDARD.encode(text.as_bytes())
}

pub fn record(id: &str, version: u64, text: &str) -> Value {
    json!({ "id": id, "kind": "diary", "version": version, "ciphertext": ct(text) })
}

pub fn repo_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

//! Safety check-ins and silent alarms (issue 18), from the app's side over
//! HTTP, on the real server on loopback (SQLite, and PostgreSQL when set
//! up): watches fire from the server once their time has passed, once;
//! a check-in before the time means no alert; bad input changes nothing;
//! accounts never touch each other's watches; the details are sealed at
//! rest; the on-call mail reaches a real SMTP server and holds no detail.
//!
//! The server's clock is moved through a test clock file (crate::clock),
//! which is the whole process's: the tests of this file take turns.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::{backends, Backend, TestServer};
use huiskamer_server::config::{Smtp, SmtpTls};
use huiskamer_server::storage::{AlertSettings, Storage};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

static CLOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A server with a test clock (starting at the real time) and fast ticks.
async fn start(b: Backend, tweak: impl FnOnce(&mut huiskamer_server::Settings)) -> (TestServer, PathBuf) {
    let clock = std::env::temp_dir().join(format!("hk-clock-{:016x}", rand::random::<u64>()));
    std::fs::write(&clock, "0").unwrap();
    let c = clock.clone();
    let s = TestServer::start_with(b, move |st| {
        st.alert_check_seconds = 1;
        st.test_clock_file = Some(c);
        tweak(st);
    })
    .await;
    (s, clock)
}

fn move_clock(file: &Path, seconds: i64) {
    std::fs::write(file, seconds.to_string()).unwrap();
}

async fn storage(s: &TestServer) -> Arc<dyn Storage> {
    huiskamer_server::storage::open(&s.settings.database_url()).await.unwrap()
}

async fn accept_alerts(s: &TestServer, on_call: Option<&str>) {
    let st = storage(s).await;
    let settings = AlertSettings {
        check_in_alerts: true,
        grace_minutes: 15,
        on_call_email: on_call.map(str::to_string),
        reply_expectation: Some("We usually answer within one working day. In danger call 112.".into()),
    };
    st.set_alert_settings("main", &settings).await.unwrap();
}

async fn account_of(st: &dyn Storage, key: &str) -> String {
    let bytes = STANDARD.decode(key).unwrap();
    let hash: [u8; 32] = Sha256::digest(bytes).into();
    st.account_for_key(&hash).await.unwrap().unwrap()
}

fn in_minutes(m: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::minutes(m)).to_rfc3339()
}

async fn put_watch(s: &TestServer, key: &str, id: &str, body: Value) -> (u16, Value) {
    let res = s.client.put(s.url(&format!("/v1/watches/{id}"))).bearer_auth(key).json(&body).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn check_in(s: &TestServer, key: &str, id: &str, at: &str) -> (u16, Value) {
    let res = s
        .client
        .post(s.url(&format!("/v1/watches/{id}/check-in")))
        .bearer_auth(key)
        .json(&json!({ "at": at }))
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn post(s: &TestServer, path: &str, bearer: &str, body: Value) -> (u16, Value) {
    let res = s.client.post(s.url(path)).bearer_auth(bearer).json(&body).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn code(v: &Value) -> &str {
    v["error"]["code"].as_str().unwrap_or("")
}

/// Waits until the scheduler has made `n` alerts for "main" (it ticks every
/// second); a bounded wait, not a speed assertion.
async fn alerts_when(st: &dyn Storage, n: usize) -> Vec<huiskamer_server::storage::AlertRow> {
    for _ in 0..200 {
        let a = st.alerts_of("main").await.unwrap();
        if a.len() >= n {
            return a;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no alert after 10 s");
}

#[tokio::test]
async fn the_server_says_who_takes_alerts() {
    let _turn = CLOCK.lock().await;
    for b in backends() {
        let (s, _clock) = start(b, |_| {}).await;
        let info: Value = s.client.get(s.url("/v1/info")).send().await.unwrap().json().await.unwrap();
        assert_eq!(info["check_in_alerts"], true, "this server serves watches and alarms");
        let orgs: Value = s.client.get(s.url("/v1/organisations")).send().await.unwrap().json().await.unwrap();
        assert_eq!(orgs[0]["check_in_alerts"], false, "{b:?}: off until an admin turns it on");
        assert_eq!(orgs[0]["grace_minutes"], 15);
        accept_alerts(&s, None).await;
        let orgs: Value = s.client.get(s.url("/v1/organisations")).send().await.unwrap().json().await.unwrap();
        assert_eq!(orgs[0]["check_in_alerts"], true);
        assert_eq!(orgs[0]["reply_expectation"], "We usually answer within one working day. In danger call 112.");
        let health: Value = s.client.get(s.url("/v1/health")).send().await.unwrap().json().await.unwrap();
        assert_eq!(health["clock"], "test clock");
    }
}

#[tokio::test]
async fn bad_watches_are_refused_and_change_nothing() {
    let _turn = CLOCK.lock().await;
    for b in backends() {
        let (s, _clock) = start(b, |_| {}).await;
        let key = s.register().await;
        let ok = json!({ "organisation": "main", "due_at": in_minutes(60) });
        // Not yet accepted by the organisation.
        let (st, body) = put_watch(&s, &key, "w1", ok.clone()).await;
        assert_eq!((st, code(&body)), (422, "alerts-not-accepted"), "{b:?} {body}");
        accept_alerts(&s, None).await;
        let cases = [
            (json!({ "organisation": "main", "due_at": in_minutes(-1) }), 422, "due-in-past"),
            (json!({ "organisation": "main", "due_at": in_minutes(7 * 24 * 60 + 5) }), 422, "due-too-far"),
            (json!({ "organisation": "main", "due_at": "tonight at 11" }), 422, "invalid-time"),
            (json!({ "organisation": "main", "due_at": "2026-12-02 23:30" }), 422, "invalid-time"),
            (
                json!({ "organisation": "main", "due_at": in_minutes(60), "details": { "note": "x".repeat(1001) } }),
                422,
                "detail-too-long",
            ),
            (json!({ "organisation": "main", "due_at": in_minutes(60), "name": "Anna" }), 400, "invalid-json"),
            (
                json!({ "organisation": "main", "due_at": in_minutes(60), "details": { "address": "x" } }),
                400,
                "invalid-json",
            ),
            (json!({ "organisation": "elsewhere", "due_at": in_minutes(60) }), 422, "alerts-not-accepted"),
        ];
        for (body, status, want) in cases {
            let (st, got) = put_watch(&s, &key, "w1", body.clone()).await;
            assert_eq!((st, code(&got)), (status, want), "{b:?} {body}");
        }
        // A huge body is refused before it is read.
        let huge =
            json!({ "organisation": "main", "due_at": in_minutes(60), "details": { "note": "x".repeat(100_000) } });
        assert_eq!(put_watch(&s, &key, "w1", huge).await.0, 413);
        let (st, got) = put_watch(&s, &key, "not%20ok", ok.clone()).await;
        assert_eq!((st, code(&got)), (400, "invalid-client-id"));
        // Without a key: nothing.
        let res = s.client.put(s.url("/v1/watches/w1")).json(&ok).send().await.unwrap();
        assert_eq!(res.status(), 401);
        // None of it registered a watch.
        let (st, _) = check_in(&s, &key, "w1", &in_minutes(0)).await;
        assert_eq!(st, 404, "{b:?}: no watch was stored");
        let (st, w) = put_watch(&s, &key, "w1", ok).await;
        assert_eq!((st, w["status"].as_str()), (200, Some("watching")), "{w}");
        let (st, got) = check_in(&s, &key, "w1", "yesterday").await;
        assert_eq!((st, code(&got)), (422, "invalid-time"));
        assert_eq!(
            check_in(&s, &key, "w1", &in_minutes(0)).await.1["status"],
            "watching".replace("watching", "checked-in")
        );
    }
}

#[tokio::test]
async fn a_missed_check_in_fires_once_and_a_late_check_in_says_so() {
    let _turn = CLOCK.lock().await;
    for b in backends() {
        let (mut s, clock) = start(b, |_| {}).await;
        accept_alerts(&s, None).await;
        let st = storage(&s).await;
        let key = s.register().await;
        let account = account_of(&*st, &key).await;
        let details = json!({ "where": "Hotel Kade, room 12", "who": "tall, grey car 12-ABC-3" });
        let (code_, w) = put_watch(
            &s,
            &key,
            "appt-1",
            json!({ "organisation": "main", "due_at": in_minutes(30), "details": details }),
        )
        .await;
        assert_eq!(code_, 200, "{w}");
        assert_eq!(w["status"], "watching");
        // A retry is the same watch; a later due time moves it.
        let due = in_minutes(31);
        let (_, w) =
            put_watch(&s, &key, "appt-1", json!({ "organisation": "main", "due_at": due, "details": details })).await;
        let due_unix = chrono::DateTime::parse_from_rfc3339(w["due_at"].as_str().unwrap()).unwrap().timestamp();
        let fires_unix = chrono::DateTime::parse_from_rfc3339(w["fires_at"].as_str().unwrap()).unwrap().timestamp();
        assert_eq!(fires_unix - due_unix, 15 * 60, "{b:?}: fires after the grace period");
        // Past the due time but within the grace period: nothing yet.
        move_clock(&clock, 31 * 60 + 60);
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        assert!(st.alerts_of("main").await.unwrap().is_empty(), "{b:?}: within the grace period");
        // The phone is off; the grace period passes; the server fires.
        move_clock(&clock, 31 * 60 + 16 * 60);
        let alerts = alerts_when(&*st, 1).await;
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].kind, huiskamer_server::storage::AlertKind::MissedCheckIn);
        assert!(alerts[0].watch_details.is_some(), "the chosen details go with the alert, sealed");
        // Restarted (and restarted while more time passes): still one alert.
        s.restart().await;
        move_clock(&clock, 31 * 60 + 30 * 60);
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        assert_eq!(st.alerts_of("main").await.unwrap().len(), 1, "{b:?}: fired once");
        // A watch that fired cannot be cancelled or changed, only checked in.
        let res = s.client.delete(s.url("/v1/watches/appt-1")).bearer_auth(&key).send().await.unwrap();
        assert_eq!(res.status(), 409);
        assert_eq!(code(&res.json().await.unwrap()), "alert-raised");
        let (st_, body) =
            put_watch(&s, &key, "appt-1", json!({ "organisation": "main", "due_at": in_minutes(90) })).await;
        assert_eq!((st_, code(&body)), (409, "watch-closed"));
        // She checks in late (offline at 00:20 of the test clock, sent now).
        let at = (chrono::Utc::now() + chrono::Duration::minutes(31 + 20)).to_rfc3339();
        let (_, w) = check_in(&s, &key, "appt-1", &at).await;
        assert_eq!(w["status"], "checked-in-late", "{b:?} {w}");
        assert!(w["checked_in_at"].is_string());
        let alert = &st.alerts_of("main").await.unwrap()[0];
        assert!(alert.checked_in_at.is_some(), "the dashboard can say 'checked in late at ...'");
        let watch = st.watch(&account, "appt-1").await.unwrap().unwrap();
        assert_eq!(watch.details, None, "{b:?}: the watch's details are deleted at check-in");
        // Twice is harmless.
        assert_eq!(check_in(&s, &key, "appt-1", &at).await.1["status"], "checked-in-late");
        move_clock(&clock, 0);
    }
}

#[tokio::test]
async fn a_check_in_in_time_means_no_alert_and_a_cancelled_watch_never_fires() {
    let _turn = CLOCK.lock().await;
    for b in backends() {
        let (s, clock) = start(b, |_| {}).await;
        accept_alerts(&s, None).await;
        let st = storage(&s).await;
        let key = s.register().await;
        let account = account_of(&*st, &key).await;
        let body = json!({ "organisation": "main", "due_at": in_minutes(30), "details": { "note": "back by 23:30" } });
        assert_eq!(put_watch(&s, &key, "in-time", body.clone()).await.0, 200);
        assert_eq!(put_watch(&s, &key, "cancelled", body).await.0, 200);
        let (_, w) = check_in(&s, &key, "in-time", &in_minutes(20)).await;
        assert_eq!(w["status"], "checked-in", "{b:?} {w}");
        let res = s.client.delete(s.url("/v1/watches/cancelled")).bearer_auth(&key).send().await.unwrap();
        assert_eq!(res.status(), 204);
        for id in ["in-time", "cancelled"] {
            assert_eq!(st.watch(&account, id).await.unwrap().unwrap().details, None, "{id}: details deleted");
        }
        move_clock(&clock, 3 * 3600);
        tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
        assert!(st.alerts_of("main").await.unwrap().is_empty(), "{b:?}: no alert");
        move_clock(&clock, 0);
    }
}

#[tokio::test]
async fn one_account_can_never_touch_another_accounts_watch() {
    let _turn = CLOCK.lock().await;
    for b in backends() {
        let (s, _clock) = start(b, |_| {}).await;
        accept_alerts(&s, None).await;
        let st = storage(&s).await;
        let alice = s.register().await;
        let mallory = s.register().await;
        let alice_id = account_of(&*st, &alice).await;
        let due = in_minutes(60);
        put_watch(&s, &alice, "w", json!({ "organisation": "main", "due_at": due, "details": { "note": "n" } })).await;
        let before = st.watch(&alice_id, "w").await.unwrap().unwrap();
        // Mallory's "w" is a watch of her own.
        assert_eq!(check_in(&s, &mallory, "w", &in_minutes(0)).await.0, 404);
        let res = s.client.delete(s.url("/v1/watches/w")).bearer_auth(&mallory).send().await.unwrap();
        assert_eq!(res.status(), 204);
        let (code_, _) =
            put_watch(&s, &mallory, "w", json!({ "organisation": "main", "due_at": in_minutes(120) })).await;
        assert_eq!(code_, 200);
        assert_eq!(st.watch(&alice_id, "w").await.unwrap().unwrap(), before, "{b:?}: Alice's watch is untouched");
        // An alarm naming Alice's watch takes nothing of hers.
        let (code_, _) =
            post(&s, "/v1/alarms", &mallory, json!({ "client_id": "a1", "organisation": "main", "watch": "w" })).await;
        assert_eq!(code_, 201);
        let alarm = st.alerts_of("main").await.unwrap().into_iter().find(|a| a.client_id == "a1").unwrap();
        assert_eq!(alarm.watch_details, None, "{b:?}: Mallory's own 'w' has no details; Alice's are not copied");
    }
}

#[tokio::test]
async fn a_silent_alarm_is_raised_once_and_the_alarm_token_can_do_nothing_else() {
    let _turn = CLOCK.lock().await;
    for b in backends() {
        let (s, _clock) = start(b, |_| {}).await;
        let key = s.register().await;
        let body = json!({ "client_id": "alarm-1", "organisation": "main", "details": { "where": "Hotel Kade 12" } });
        let (code_, got) = post(&s, "/v1/alarms", &key, body.clone()).await;
        assert_eq!((code_, code(&got)), (422, "alerts-not-accepted"), "{b:?}");
        accept_alerts(&s, None).await;
        let st = storage(&s).await;
        let (code_, first) = post(&s, "/v1/alarms", &key, body.clone()).await;
        assert_eq!(code_, 201, "{first}");
        let (code_, again) = post(&s, "/v1/alarms", &key, body).await;
        assert_eq!((code_, &again), (200, &first), "{b:?}: a retry raises it once");
        let bad = json!({ "client_id": "alarm-2", "organisation": "main", "details": { "who": "y".repeat(1001) } });
        assert_eq!(code(&post(&s, "/v1/alarms", &key, bad).await.1), "detail-too-long");
        assert_eq!(st.alerts_of("main").await.unwrap().len(), 1);

        // The token: registered with the account's key, kept as a hash.
        let token_bytes: [u8; 32] = rand::random();
        let token = STANDARD.encode(token_bytes);
        let res = s
            .client
            .put(s.url("/v1/alarm-token"))
            .bearer_auth(&key)
            .json(&json!({ "organisation": "main", "token": token }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204);
        let res = s
            .client
            .put(s.url("/v1/alarm-token"))
            .bearer_auth(&key)
            .json(&json!({ "organisation": "main", "token": "short" }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400);
        // A current watch's details go with a token's alarm.
        put_watch(
            &s,
            &key,
            "tonight",
            json!({ "organisation": "main", "due_at": in_minutes(60), "details": { "where": "Hotel Kade 12" } }),
        )
        .await;
        let (code_, raised) = post(&s, "/v1/alarm-token/fire", &token, json!({ "client_id": "calc-1" })).await;
        assert_eq!(code_, 201, "{b:?} {raised}");
        assert_eq!(post(&s, "/v1/alarm-token/fire", &token, json!({ "client_id": "calc-1" })).await.0, 200);
        let alarm = st.alerts_of("main").await.unwrap().into_iter().find(|a| a.client_id == "calc-1").unwrap();
        assert_eq!(alarm.watch_client_id.as_deref(), Some("tonight"));
        assert!(alarm.watch_details.is_some());
        // It is not an account key, and an account key is not a token.
        for path in ["/v1/conversations", "/v1/records"] {
            let res = s.client.get(s.url(path)).bearer_auth(&token).send().await.unwrap();
            assert_eq!(res.status(), 401, "{path}");
        }
        assert_eq!(post(&s, "/v1/alarms", &token, json!({ "client_id": "x", "organisation": "main" })).await.0, 401);
        assert_eq!(post(&s, "/v1/alarm-token/fire", &key, json!({ "client_id": "calc-2" })).await.0, 401);
        // Only its hash is stored.
        if let Backend::Sqlite = b {
            let db = std::fs::read(s.data_dir().join("huiskamer-server.db")).unwrap();
            let wal = std::fs::read(s.data_dir().join("huiskamer-server.db-wal")).unwrap_or_default();
            for bytes in [db, wal] {
                assert!(!bytes.windows(32).any(|w| w == token_bytes), "the token itself is not stored");
            }
        }
        // Removed: it raises nothing.
        let res = s.client.delete(s.url("/v1/alarm-token")).bearer_auth(&key).send().await.unwrap();
        assert_eq!(res.status(), 204);
        assert_eq!(post(&s, "/v1/alarm-token/fire", &token, json!({ "client_id": "calc-3" })).await.0, 401);
    }
}

#[tokio::test]
async fn the_details_are_sealed_at_rest_and_go_after_resolution_and_retention() {
    let _turn = CLOCK.lock().await;
    let (s, _clock) = start(Backend::Sqlite, |c| c.message_retention_days = 30).await;
    accept_alerts(&s, None).await;
    let st = storage(&s).await;
    let key = s.register().await;
    let secret = "Room 4417 at the Zuidas hotel";
    let body = json!({ "client_id": "a", "organisation": "main", "details": { "where": secret } });
    assert_eq!(post(&s, "/v1/alarms", &key, body).await.0, 201);
    put_watch(&s, &key, "w", json!({ "organisation": "main", "due_at": in_minutes(60), "details": { "who": secret } }))
        .await;
    let mut found = false;
    for entry in std::fs::read_dir(s.data_dir()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        found |= bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
    }
    assert!(!found, "the details are in none of the server's files");
    let alert = st.alerts_of("main").await.unwrap().remove(0);
    assert!(alert.details.is_some());
    let now = chrono::Utc::now().timestamp();
    assert!(st.resolve_alert("main", &alert.id, "w-1", now).await.unwrap());
    assert!(!st.resolve_alert("other", &alert.id, "w-1", now).await.unwrap(), "another organisation's alert");
    assert_eq!(huiskamer_server::retention::purge_alerts(&*st, 30, now + 29 * 86_400).await.unwrap(), 0);
    assert_eq!(st.alerts_of("main").await.unwrap().len(), 1);
    assert_eq!(huiskamer_server::retention::purge_alerts(&*st, 30, now + 31 * 86_400).await.unwrap(), 1);
    assert!(st.alerts_of("main").await.unwrap().is_empty(), "resolved plus retention: gone with its details");
}

/// aiosmtpd on loopback, writing what it receives into a folder.
struct SmtpSink {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl SmtpSink {
    fn start() -> SmtpSink {
        let dir = tempfile::tempdir().unwrap();
        let script = common::repo_file("../tests/support/smtp-sink.py");
        let mut child = Command::new("/usr/bin/python3")
            .arg(script)
            .arg(dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3-aiosmtpd (scripts/setup.sh installs it)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let port = line.trim().strip_prefix("PORT ").expect("the sink says its port").parse().unwrap();
        SmtpSink { child, port, dir }
    }

    async fn mails_when(&self, n: usize) -> Vec<String> {
        for _ in 0..200 {
            let mut mails: Vec<String> = std::fs::read_dir(self.dir.path())
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .map(|p| std::fs::read_to_string(p).unwrap())
                .collect();
            if mails.len() >= n {
                mails.sort();
                return mails;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no mail after 10 s");
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn the_on_call_mail_reaches_a_real_smtp_server_with_the_link_and_no_detail() {
    let _turn = CLOCK.lock().await;
    let _ = tracing_subscriber::fmt().with_test_writer().try_init();
    let sink = SmtpSink::start();
    let port = sink.port;
    let (s, clock) = start(Backend::Sqlite, move |c| {
        c.public_url = Some("https://dashboard.example.org/".into());
        c.smtp = Some(Smtp {
            host: "127.0.0.1".into(),
            port,
            tls: SmtpTls::None,
            from: "huiskamer@example.org".into(),
            username: None,
            password: None,
        });
    })
    .await;
    accept_alerts(&s, Some("oncall@example.org")).await;
    let st = storage(&s).await;
    let key = s.register().await;
    let account = account_of(&*st, &key).await;
    let secret = "Hotel Kade room 12, tall man, Anna";
    put_watch(
        &s,
        &key,
        "w",
        json!({ "organisation": "main", "due_at": in_minutes(10), "details": { "where": secret } }),
    )
    .await;
    move_clock(&clock, 30 * 60);
    let alerts = alerts_when(&*st, 1).await;
    let mails = sink.mails_when(1).await;
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert!(mail.contains("X-Rcpt: oncall@example.org"), "{mail}");
    assert!(mail.contains(&format!("https://dashboard.example.org/dashboard/alerts/{}", alerts[0].id)), "{mail}");
    for word in ["Hotel", "Kade", "Anna", account.as_str()] {
        assert!(!mail.contains(word), "the mail holds no detail or account ({word}): {mail}");
    }
    move_clock(&clock, 0);
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    assert_eq!(sink.mails_when(1).await.len(), 1, "one mail per alert");
    assert!(st.alerts_of("main").await.unwrap()[0].mailed_at.is_some());
}

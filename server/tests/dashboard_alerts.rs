//! Alerts on the dashboard, over HTTP against the real server: an alert
//! sits at the top of the queue for every worker of its organisation, in
//! its own section; its page shows the chosen details; a worker
//! acknowledges, notes and resolves it; another organisation sees none of
//! it; only an admin changes the alert settings, and a refused settings
//! form keeps what was typed. (In real Chromium, with the app: tests/e2e/alerts.test.mjs.)

mod common;

use common::{backends, TestServer};
use huiskamer_server::storage::Role;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::redirect::Policy;
use serde_json::{json, Value};

const PASSWORD: &str = "a-long-test-password";

struct Browser {
    http: reqwest::Client,
    base: String,
    cookies: Vec<(String, String)>,
}

impl Browser {
    fn new(s: &TestServer) -> Browser {
        Browser {
            http: reqwest::Client::builder().redirect(Policy::none()).build().unwrap(),
            base: s.base.clone(),
            cookies: Vec::new(),
        }
    }

    fn remember(&mut self, res: &reqwest::Response) {
        for v in res.headers().get_all(SET_COOKIE) {
            let v = v.to_str().unwrap();
            let (pair, _) = v.split_once(';').unwrap_or((v, ""));
            let (k, val) = pair.split_once('=').unwrap();
            self.cookies.retain(|(n, _)| n != k);
            if !v.contains("Max-Age=0") {
                self.cookies.push((k.to_string(), val.to_string()));
            }
        }
    }

    async fn send(&mut self, req: reqwest::RequestBuilder) -> (u16, String, Option<String>) {
        let cookies = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
        let res = req.header(COOKIE, cookies).send().await.unwrap();
        self.remember(&res);
        let loc = res.headers().get(LOCATION).map(|v| v.to_str().unwrap().to_string());
        (res.status().as_u16(), res.text().await.unwrap(), loc)
    }

    async fn get(&mut self, path: &str) -> (u16, String, Option<String>) {
        let req = self.http.get(format!("{}{path}", self.base));
        self.send(req).await
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> (u16, String, Option<String>) {
        let req = self.http.post(format!("{}{path}", self.base)).form(form);
        self.send(req).await
    }

    fn csrf(page: &str) -> String {
        let i = page.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
        page[i..i + page[i..].find('"').unwrap()].to_string()
    }

    async fn signed_in(s: &TestServer, username: &str) -> (Browser, String) {
        let mut b = Browser::new(s);
        let (_, page, _) = b.get("/dashboard/login").await;
        let csrf = Browser::csrf(&page);
        let (status, _, _) =
            b.post("/dashboard/login", &[("username", username), ("password", PASSWORD), ("csrf", &csrf)]).await;
        assert_eq!(status, 303, "{username} signs in");
        let (_, page, _) = b.get("/dashboard").await;
        let csrf = Browser::csrf(&page);
        (b, csrf)
    }
}

async fn add_worker(s: &TestServer, username: &str, name: &str, organisation: &str, role: Role) {
    let storage = huiskamer_server::storage::open(&s.settings.database_url()).await.unwrap();
    storage.upsert_organisation(organisation, organisation).await.unwrap();
    huiskamer_server::dashboard::add_worker(&*storage, organisation, username, name, role, PASSWORD).await.unwrap();
}

async fn organisation(s: &TestServer) -> Value {
    let orgs: Value = s.client.get(s.url("/v1/organisations")).send().await.unwrap().json().await.unwrap();
    orgs.as_array().unwrap().iter().find(|o| o["id"] == "main").unwrap().clone()
}

#[tokio::test]
async fn only_an_admin_changes_the_alert_settings_and_a_refused_form_keeps_what_was_typed() {
    for b in backends() {
        let s = TestServer::start_with(b, |c| c.dashboard_secure_cookies = false).await;
        add_worker(&s, "ada", "Ada", "main", Role::Admin).await;
        add_worker(&s, "sam", "Sam", "main", Role::Worker).await;
        add_worker(&s, "eddy", "Eddy", "main", Role::Editor).await;
        add_worker(&s, "olga", "Olga", "other", Role::Admin).await;
        let form = |csrf: &str| {
            vec![
                ("csrf", csrf.to_string()),
                ("check_in_alerts", "on".to_string()),
                ("grace_minutes", "20".to_string()),
                ("on_call_email", "oncall@example.org".to_string()),
                ("reply_expectation", "We usually answer within one working day. In danger call 112.".to_string()),
            ]
        };
        for who in ["sam", "eddy"] {
            let (mut br, csrf) = Browser::signed_in(&s, who).await;
            assert_eq!(br.get("/dashboard/settings").await.0, 403, "{b:?} {who}");
            let f = form(&csrf);
            let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            assert_eq!(br.post("/dashboard/settings", &f).await.0, 403, "{who}");
        }
        assert_eq!(organisation(&s).await["check_in_alerts"], false, "{b:?}: nothing changed");

        let (mut ada, csrf) = Browser::signed_in(&s, "ada").await;
        let (status, page, _) = ada.get("/dashboard/settings").await;
        assert_eq!(status, 200);
        assert!(page.contains("href=\"/dashboard/settings\""), "the admin's menu links to the settings");
        // Refused: the form comes back as typed, nothing is saved.
        let typed = "We answer within a day, in danger call 112.";
        let (status, page, _) = ada
            .post(
                "/dashboard/settings",
                &[
                    ("csrf", &csrf),
                    ("check_in_alerts", "on"),
                    ("grace_minutes", "500"),
                    ("on_call_email", "oncall@example.org"),
                    ("reply_expectation", typed),
                ],
            )
            .await;
        assert_eq!(status, 422, "{b:?}");
        assert!(page.contains("0 to 120"), "{page}");
        assert!(page.contains("value=\"oncall@example.org\"") && page.contains(typed), "kept what was typed");
        let (status, _, _) = ada
            .post(
                "/dashboard/settings",
                &[("csrf", &csrf), ("grace_minutes", "15"), ("on_call_email", "not an address")],
            )
            .await;
        assert_eq!(status, 422);
        let (status, _, _) = ada.post("/dashboard/settings", &[("csrf", "forged"), ("grace_minutes", "15")]).await;
        assert_eq!(status, 403, "CSRF");
        assert_eq!(organisation(&s).await["check_in_alerts"], false, "{b:?}: nothing changed");
        // Accepted.
        let f = form(&csrf);
        let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, page, _) = ada.post("/dashboard/settings", &f).await;
        assert_eq!(status, 200, "{page}");
        let org = organisation(&s).await;
        assert_eq!((org["check_in_alerts"].clone(), org["grace_minutes"].clone()), (json!(true), json!(20)), "{b:?}");
        assert_eq!(org["reply_expectation"], "We usually answer within one working day. In danger call 112.");
        // Another organisation's admin changes only her own.
        let (mut olga, csrf) = Browser::signed_in(&s, "olga").await;
        let (status, page, _) = olga.get("/dashboard/settings").await;
        assert_eq!(status, 200);
        assert!(!page.contains("oncall@example.org"), "{b:?}: she does not see main's settings");
        olga.post("/dashboard/settings", &[("csrf", &csrf), ("grace_minutes", "5"), ("on_call_email", "")]).await;
        assert_eq!(organisation(&s).await["grace_minutes"], 20);
    }
}

#[tokio::test]
async fn an_alert_is_on_top_of_the_queue_and_a_worker_acknowledges_notes_and_resolves_it() {
    for b in backends() {
        let s = TestServer::start_with(b, |c| c.dashboard_secure_cookies = false).await;
        add_worker(&s, "sam", "Sam", "main", Role::Worker).await;
        add_worker(&s, "olga", "Olga", "other", Role::Worker).await;
        let storage = huiskamer_server::storage::open(&s.settings.database_url()).await.unwrap();
        let on = huiskamer_server::storage::AlertSettings { check_in_alerts: true, ..Default::default() };
        storage.set_alert_settings("main", &on).await.unwrap();
        storage.set_alert_settings("other", &on).await.unwrap();
        // A person writes a message, and raises a silent alarm.
        let key = s.register().await;
        let (_, conv) = s.open_conversation(&key, "c").await;
        s.send_message(&key, conv["id"].as_str().unwrap(), "m", "A question about taxes").await;
        let res = s
            .client
            .post(s.url("/v1/alarms"))
            .bearer_auth(&key)
            .json(&json!({ "client_id": "a1", "organisation": "main",
                           "details": { "where": "Hotel Kade, room 12", "contact": "call back on 06 0000 0000" } }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let id = storage.alerts_of("main").await.unwrap()[0].id.clone();

        let (mut sam, csrf) = Browser::signed_in(&s, "sam").await;
        let (_, queue, _) = sam.get("/dashboard").await;
        let alerts_at = queue.find("class=\"alerts\"").expect("an alerts section");
        let queue_at = queue.find("<ul class=\"queue\"").expect("the conversations");
        assert!(alerts_at < queue_at, "{b:?}: alerts come first");
        assert!(queue.contains("class=\"alert urgent\""), "unacknowledged: urgent");
        assert!(queue.contains("Silent alarm"));
        assert!(!queue[alerts_at..queue_at].contains("taxes"), "not mixed with messages");
        let (status, page, _) = sam.get(&format!("/dashboard/alerts/{id}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("Hotel Kade, room 12") && page.contains("call back on 06 0000 0000"), "{page}");
        assert!(page.contains("Not acknowledged yet"));

        // Another organisation's worker cannot see or act on it.
        let (mut olga, ocsrf) = Browser::signed_in(&s, "olga").await;
        assert_eq!(olga.get(&format!("/dashboard/alerts/{id}")).await.0, 404, "{b:?}");
        assert!(!olga.get("/dashboard").await.1.contains("class=\"alerts\""));
        assert_eq!(olga.post(&format!("/dashboard/alerts/{id}/acknowledge"), &[("csrf", &ocsrf)]).await.0, 404);
        assert_eq!(olga.post(&format!("/dashboard/alerts/{id}/resolve"), &[("csrf", &ocsrf)]).await.0, 404);
        // A forged form does nothing.
        assert_eq!(sam.post(&format!("/dashboard/alerts/{id}/acknowledge"), &[("csrf", "forged")]).await.0, 403);
        assert!(storage.alerts_of("main").await.unwrap()[0].acknowledged_at.is_none());

        let (status, _, loc) = sam.post(&format!("/dashboard/alerts/{id}/acknowledge"), &[("csrf", &csrf)]).await;
        assert_eq!((status, loc.as_deref()), (303, Some(format!("/dashboard/alerts/{id}").as_str())));
        let (_, page, _) = sam.get(&format!("/dashboard/alerts/{id}")).await;
        assert!(page.contains("Acknowledged by Sam at"), "{b:?}");
        let (_, queue, _) = sam.get("/dashboard").await;
        assert!(queue.contains("class=\"alert\""), "acknowledged: no longer marked urgent");

        let long = "я".repeat(2001);
        let (status, page, _) =
            sam.post(&format!("/dashboard/alerts/{id}/note"), &[("csrf", &csrf), ("note", &long)]).await;
        assert_eq!(status, 422);
        assert!(page.contains(&long), "the refused note is handed back");
        let note = "Called her back at 23:50, she is safe.";
        sam.post(&format!("/dashboard/alerts/{id}/note"), &[("csrf", &csrf), ("note", note)]).await;
        assert!(sam.get(&format!("/dashboard/alerts/{id}")).await.1.contains(note));

        sam.post(&format!("/dashboard/alerts/{id}/resolve"), &[("csrf", &csrf)]).await;
        let (_, page, _) = sam.get(&format!("/dashboard/alerts/{id}")).await;
        assert!(page.contains("Resolved by Sam at"), "{b:?}");
        assert!(!sam.get("/dashboard").await.1.contains("class=\"alerts\""), "resolved: off the queue");
    }
}

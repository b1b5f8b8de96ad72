//! The support-worker dashboard over HTTP: sign-in, CSRF, rate limits, the
//! queue, replying and closing, and what the person's app then receives.

mod common;

use common::{backends, Backend, TestServer};
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::redirect::Policy;
use serde_json::{json, Value};

const PASSWORD: &str = "a-long-test-password";

/// A browser-like client: follows no redirects by itself and keeps cookies
/// by hand, so the test sees exactly what the server sets.
struct Browser {
    http: reqwest::Client,
    base: String,
    cookies: Vec<(String, String)>,
    /// The client address a trusted proxy reports (`X-Forwarded-For`).
    address: Option<String>,
}

impl Browser {
    fn new(s: &TestServer) -> Browser {
        Browser {
            http: reqwest::Client::builder().redirect(Policy::none()).build().unwrap(),
            base: s.base.clone(),
            cookies: Vec::new(),
            address: None,
        }
    }

    /// A browser at `address`, as a trusted proxy reports it.
    fn at(s: &TestServer, address: &str) -> Browser {
        Browser { address: Some(address.to_string()), ..Browser::new(s) }
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let req = self.http.request(method, format!("{}{path}", self.base)).header(COOKIE, self.cookie_header());
        match &self.address {
            Some(a) => req.header("x-forwarded-for", a),
            None => req,
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

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    async fn get(&mut self, path: &str) -> (u16, String, Option<String>) {
        let res = self.request(reqwest::Method::GET, path).send().await.unwrap();
        self.remember(&res);
        let loc = res.headers().get(LOCATION).map(|v| v.to_str().unwrap().to_string());
        (res.status().as_u16(), res.text().await.unwrap(), loc)
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> (u16, String, Option<String>) {
        let res = self.request(reqwest::Method::POST, path).form(form).send().await.unwrap();
        self.remember(&res);
        let loc = res.headers().get(LOCATION).map(|v| v.to_str().unwrap().to_string());
        (res.status().as_u16(), res.text().await.unwrap(), loc)
    }

    /// The value of the hidden csrf field in a page.
    fn csrf(page: &str) -> String {
        let i = page.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
        page[i..i + page[i..].find('"').unwrap()].to_string()
    }

    async fn login(&mut self, username: &str, password: &str) -> (u16, Option<String>) {
        let (_, page, _) = self.get("/dashboard/login").await;
        let csrf = Browser::csrf(&page);
        let (status, _, loc) =
            self.post("/dashboard/login", &[("username", username), ("password", password), ("csrf", &csrf)]).await;
        (status, loc)
    }
}

async fn add_worker(s: &TestServer, username: &str, organisation: &str) {
    let storage = huiskamer_server::storage::open(&s.settings.database_url()).await.unwrap();
    storage.upsert_organisation(organisation, organisation).await.unwrap();
    huiskamer_server::dashboard::add_worker(
        &*storage,
        organisation,
        username,
        "Sam",
        huiskamer_server::storage::Role::Worker,
        PASSWORD,
    )
    .await
    .unwrap();
}

async fn dashboard_server(b: Backend) -> TestServer {
    TestServer::start_with(b, |c| c.dashboard_secure_cookies = false).await
}

/// A person opens a conversation in the app and writes; returns (key, conversation id).
async fn person_writes(s: &TestServer, text: &str) -> (String, String) {
    let key = s.register().await;
    let (_, conv) = s.open_conversation(&key, "c1").await;
    let id = conv["id"].as_str().unwrap().to_string();
    let (status, _) = s.send_message(&key, &id, "m1", text).await;
    assert_eq!(status, 200);
    (key, id)
}

#[tokio::test]
async fn a_worker_signs_in_sees_the_queue_replies_and_closes() {
    for b in backends() {
        let s = dashboard_server(b).await;
        add_worker(&s, "sam", "main").await;
        let (key, conv) = person_writes(&s, "I need help with <b>rent</b>").await;

        let mut w = Browser::new(&s);
        let (status, _, loc) = w.get("/dashboard").await;
        assert_eq!((status, loc.as_deref()), (303, Some("/dashboard/login")), "{b:?}: not signed in yet");
        assert_eq!(w.login("sam", PASSWORD).await, (303, Some("/dashboard".to_string())));
        let session = w.cookies.iter().find(|(k, _)| k == "hk_session").expect("a session cookie").1.clone();
        assert!(session.len() >= 40);

        let (status, queue, _) = w.get("/dashboard").await;
        assert_eq!(status, 200);
        assert!(queue.contains("One open conversation"), "{queue}");
        assert!(queue.contains(&conv[..8]) && queue.contains("Waiting for an answer"));
        assert!(queue.contains(r#"<meta http-equiv="refresh" content="30">"#), "the queue refreshes itself");

        let (_, page, _) = w.get(&format!("/dashboard/conversations/{conv}")).await;
        assert!(page.contains("I need help with &lt;b&gt;rent&lt;/b&gt;"), "the person's text is escaped: {page}");
        let csrf = Browser::csrf(&page);
        let (status, _, loc) = w
            .post(
                &format!("/dashboard/conversations/{conv}/reply"),
                &[("csrf", &csrf), ("body", "Come by on Tuesday.")],
            )
            .await;
        assert_eq!((status, loc), (303, Some(format!("/dashboard/conversations/{conv}"))));

        // The person's app receives the answer.
        let (_, page) = s.messages(&key, &conv, 1).await;
        assert_eq!(page["messages"][0]["from"], "worker", "{b:?}");
        assert_eq!(page["messages"][0]["body"], "Come by on Tuesday.");

        let (_, queue, _) = w.get("/dashboard").await;
        assert!(queue.contains("Answered"), "{queue}");
        let (status, _, loc) =
            w.post(&format!("/dashboard/conversations/{conv}/status"), &[("csrf", &csrf), ("open", "false")]).await;
        assert_eq!((status, loc.as_deref()), (303, Some("/dashboard")));
        let (_, queue, _) = w.get("/dashboard").await;
        assert!(queue.contains("No open conversations"), "{queue}");
        let list: Value =
            s.client.get(s.url("/v1/conversations")).bearer_auth(&key).send().await.unwrap().json().await.unwrap();
        assert_eq!(list[0]["status"], "closed");

        // Signing out ends the session on the server, not only in the browser.
        let (status, _, _) = w.post("/dashboard/logout", &[("csrf", &csrf)]).await;
        assert_eq!(status, 303);
        let mut replay = Browser::new(&s);
        replay.cookies.push(("hk_session".into(), session));
        assert_eq!(replay.get("/dashboard").await.0, 303, "{b:?}: the old session cookie is dead");
    }
}

#[tokio::test]
async fn forms_without_the_right_csrf_token_change_nothing() {
    let s = dashboard_server(Backend::Sqlite).await;
    add_worker(&s, "sam", "main").await;
    let (key, conv) = person_writes(&s, "hello").await;
    let mut w = Browser::new(&s);
    w.login("sam", PASSWORD).await;
    let (status, page, _) =
        w.post(&format!("/dashboard/conversations/{conv}/reply"), &[("csrf", "forged"), ("body", "x")]).await;
    assert_eq!(status, 403);
    assert!(page.contains("The form had expired"), "{page}");
    let (status, _, _) =
        w.post(&format!("/dashboard/conversations/{conv}/status"), &[("csrf", ""), ("open", "false")]).await;
    assert_eq!(status, 403);
    let (_, page) = s.messages(&key, &conv, 0).await;
    assert_eq!(page["messages"].as_array().unwrap().len(), 1, "no reply was stored");

    // A login form posted without its cookie (from another site) is refused.
    let mut other = Browser::new(&s);
    let (status, _, loc) =
        other.post("/dashboard/login", &[("username", "sam"), ("password", PASSWORD), ("csrf", "guess")]).await;
    assert_eq!((status, loc.as_deref()), (303, Some("/dashboard/login?error=expired")));
    assert!(other.cookies.iter().all(|(k, _)| k != "hk_session"));
}

#[tokio::test]
async fn wrong_passwords_are_refused_and_guessing_is_slowed_down() {
    let s = dashboard_server(Backend::Sqlite).await;
    add_worker(&s, "sam", "main").await;
    let mut w = Browser::new(&s);
    assert_eq!(w.login("sam", "wrong-password-123").await, (303, Some("/dashboard/login?error=failed".into())));
    assert_eq!(w.login("nobody", PASSWORD).await, (303, Some("/dashboard/login?error=failed".into())));
    let (_, page, _) = w.get("/dashboard/login?error=failed").await;
    assert!(page.contains("The username or password is not right."));
    for _ in 0..8 {
        w.login("sam", "wrong-password-123").await;
    }
    // The eleventh attempt within 15 minutes is refused, even with the right password.
    let (_, page, _) = w.get("/dashboard/login").await;
    let csrf = Browser::csrf(&page);
    let (status, page, _) =
        w.post("/dashboard/login", &[("username", "sam"), ("password", PASSWORD), ("csrf", &csrf)]).await;
    assert_eq!(status, 429);
    assert!(page.contains("Too many attempts"), "{page}");
}

/// A server behind a trusted proxy, so a test can sign in from several addresses.
async fn proxied_dashboard_server() -> TestServer {
    TestServer::start_with(Backend::Sqlite, |c| {
        c.dashboard_secure_cookies = false;
        c.trust_forwarded_for = true;
    })
    .await
}

const FAILED: (u16, Option<&str>) = (303, Some("/dashboard/login?error=failed"));

#[tokio::test]
async fn guesses_from_one_address_cannot_lock_the_worker_out() {
    let s = proxied_dashboard_server().await;
    add_worker(&s, "anna", "main").await;
    let mut stranger = Browser::at(&s, "203.0.113.9");
    for i in 0..12 {
        let (status, loc) = stranger.login("anna", "wrong-password-123").await;
        if i < 10 {
            assert_eq!((status, loc.as_deref()), FAILED, "attempt {}", i + 1);
        } else {
            assert_eq!(status, 429, "attempt {}: the stranger's address has had its ten", i + 1);
        }
    }
    // Anna, from her own address, is not refused because of the stranger.
    let mut anna = Browser::at(&s, "198.51.100.20");
    assert_eq!(anna.login("anna", PASSWORD).await, (303, Some("/dashboard".to_string())));
    assert!(anna.cookies.iter().any(|(k, _)| k == "hk_session"), "anna is signed in");
    // The stranger still is refused, even with the right password.
    assert_eq!(stranger.login("anna", PASSWORD).await.0, 429);
}

#[tokio::test]
async fn guessing_one_username_from_many_addresses_is_still_slowed_down() {
    let s = proxied_dashboard_server().await;
    add_worker(&s, "anna", "main").await;
    // Four addresses guess three times each: twelve failures for anna.
    let mut bots: Vec<Browser> = (1..=4).map(|i| Browser::at(&s, &format!("192.0.2.{i}"))).collect();
    for bot in bots.iter_mut() {
        for _ in 0..3 {
            let (status, loc) = bot.login("anna", "wrong-password-123").await;
            assert_eq!((status, loc.as_deref()), FAILED);
        }
    }
    // Now every address that has been failing waits, though each has
    // used far less than its own ten attempts, and even with the right
    // password: guessing is slowed down for the username as a whole.
    for bot in bots.iter_mut() {
        let (_, page, _) = bot.get("/dashboard/login").await;
        let csrf = Browser::csrf(&page);
        let res = bot
            .request(reqwest::Method::POST, "/dashboard/login")
            .form(&[("username", "anna"), ("password", "wrong-password-123"), ("csrf", &csrf)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 429);
        let wait: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=15 * 60).contains(&wait), "{wait}");
        assert_eq!(bot.login("anna", PASSWORD).await.0, 429, "a failing address waits even with the right password");
    }
    // A new address may still try, so anna herself is never locked out.
    let mut anna = Browser::at(&s, "198.51.100.20");
    assert_eq!(anna.login("anna", PASSWORD).await, (303, Some("/dashboard".to_string())));
}

#[tokio::test]
async fn workers_see_only_their_own_organisations_conversations() {
    let s = dashboard_server(Backend::Sqlite).await;
    add_worker(&s, "other", "other-org").await;
    let (_, conv) = person_writes(&s, "for main only").await;
    let mut w = Browser::new(&s);
    w.login("other", PASSWORD).await;
    let (_, queue, _) = w.get("/dashboard").await;
    assert!(queue.contains("No open conversations"), "{queue}");
    let (status, page, _) = w.get(&format!("/dashboard/conversations/{conv}")).await;
    assert_eq!(status, 404);
    assert!(!page.contains("for main only"));
}

#[tokio::test]
async fn pages_are_in_dutch_or_english_with_strict_security_headers() {
    let s = dashboard_server(Backend::Sqlite).await;
    let http = reqwest::Client::builder().redirect(Policy::none()).build().unwrap();
    let res =
        http.get(s.url("/dashboard/login")).header("accept-language", "nl-NL,nl;q=0.9,en;q=0.5").send().await.unwrap();
    let h = res.headers().clone();
    let page = res.text().await.unwrap();
    assert!(page.contains("<html lang=\"nl\"") && page.contains("Inloggen") && page.contains("Wachtwoord"), "{page}");
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'") && !csp.contains("script-src"),
        "{csp}"
    );
    assert_eq!(h["cache-control"], "no-store");
    assert_eq!(h["x-frame-options"], "DENY");
    let login_cookie =
        h.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>().join("\n");
    assert!(login_cookie.contains("HttpOnly") && login_cookie.contains("SameSite=Strict"), "{login_cookie}");
    let res = http.get(s.url("/dashboard/login")).header("accept-language", "en-GB").send().await.unwrap();
    assert!(res.text().await.unwrap().contains("Sign in"));
    // Secure cookies by default.
    let secure = TestServer::start(Backend::Sqlite).await;
    let res = http.get(secure.url("/dashboard/login")).send().await.unwrap();
    assert!(res.headers()["set-cookie"].to_str().unwrap().contains("; Secure"));
    // HSTS only when a trusted proxy says the browser came over HTTPS.
    assert!(!h.contains_key("strict-transport-security"));
    let proxied = TestServer::start_with(Backend::Sqlite, |c| c.trust_forwarded_for = true).await;
    let res = http.get(proxied.url("/dashboard/login")).header("x-forwarded-proto", "https").send().await.unwrap();
    assert_eq!(res.headers()["strict-transport-security"], "max-age=31536000");
    let res = http.get(proxied.url("/dashboard/login")).send().await.unwrap();
    assert!(!res.headers().contains_key("strict-transport-security"));
    // An unknown dashboard page is an HTML page, not JSON.
    let res = http.get(s.url("/dashboard/nothing")).send().await.unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("<!DOCTYPE html>"));
}

async fn add_editor(s: &TestServer, username: &str) {
    let storage = huiskamer_server::storage::open(&s.settings.database_url()).await.unwrap();
    huiskamer_server::dashboard::add_worker(
        &*storage,
        "main",
        username,
        "Eva",
        huiskamer_server::storage::Role::Editor,
        PASSWORD,
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn editors_edit_articles_and_a_broken_file_is_refused_without_losing_the_text() {
    for b in backends() {
        let s = dashboard_server(b).await;
        add_editor(&s, "eva").await;
        add_worker(&s, "sam", "main").await;
        let mut e = Browser::new(&s);
        e.login("eva", PASSWORD).await;
        let (status, list, _) = e.get("/dashboard/content?locale=nl").await;
        assert_eq!(status, 200, "{b:?}");
        assert!(list.contains("nl/health/health-sti-testing.md"), "the shipped library is there from the start");
        assert!(!list.contains("en/health/health-sti-testing.md"), "only Dutch files when Dutch is chosen");
        assert!(list.contains("Nothing has been published yet."));

        let path = "nl/health/health-sti-testing.md";
        let (_, page, _) = e.get(&format!("/dashboard/content/edit?path={path}")).await;
        let title = shipped_title(path);
        assert!(page.contains(&escaped(&title)), "{page}");
        let csrf = Browser::csrf(&page);
        let original = std::fs::read_to_string(common::repo_file(&format!("../content/{path}"))).unwrap();

        // A broken edit: refused, explained, and the text comes back.
        let broken = original.replacen("topic = \"health\"", "topic = \"nonsense\"", 1);
        let (status, page, _) = e
            .post("/dashboard/content/save", &[("csrf", &csrf), ("existing", path), ("path", path), ("text", &broken)])
            .await;
        assert_eq!(status, 422);
        assert!(page.contains("Not saved:") && page.contains("nonsense"), "{page}");
        assert!(page.contains("topic = &quot;nonsense&quot;"), "the editor's text is kept");

        // A good edit is saved.
        let edited = original.replacen(&title, &format!("{title} (bijgewerkt)"), 1);
        let (status, _, loc) = e
            .post("/dashboard/content/save", &[("csrf", &csrf), ("existing", path), ("path", path), ("text", &edited)])
            .await;
        assert_eq!(status, 303);
        let (_, page, _) = e.get(loc.as_deref().unwrap()).await;
        assert!(page.contains("Saved.") && page.contains("(bijgewerkt)"), "{page}");
        let (_, list, _) = e.get("/dashboard/content").await;
        assert!(list.contains("by Eva"), "{list}");

        // A support worker without the editor role may not edit.
        let mut w = Browser::new(&s);
        w.login("sam", PASSWORD).await;
        let (status, _, _) = w.get("/dashboard/content").await;
        assert_eq!(status, 403);
        let (status, _, _) =
            w.post("/dashboard/content/save", &[("csrf", "x"), ("path", path), ("text", &edited)]).await;
        assert_eq!(status, 403);
    }
}

#[tokio::test]
async fn an_editor_publishes_a_signed_bundle_that_the_app_verifies_with_the_pinned_key() {
    for b in backends() {
        let s = dashboard_server(b).await;
        add_editor(&s, "eva").await;
        let res = s.client.get(s.url("/v1/content/manifest")).send().await.unwrap();
        assert_eq!(res.status(), 404, "{b:?}: nothing published yet");

        let mut e = Browser::new(&s);
        e.login("eva", PASSWORD).await;
        let path = "en/health/health-sti-testing.md";
        let (_, page, _) = e.get(&format!("/dashboard/content/edit?path={path}")).await;
        let csrf = Browser::csrf(&page);
        let original = std::fs::read_to_string(common::repo_file(&format!("../content/{path}"))).unwrap();
        let edited = original.replacen("for free", "for free (checked by Eva)", 1);
        e.post("/dashboard/content/save", &[("csrf", &csrf), ("existing", path), ("path", path), ("text", &edited)])
            .await;

        let (_, list, _) = e.get("/dashboard/content").await;
        assert!(list.contains("Nothing has been published yet."));
        let (status, _, loc) = e.post("/dashboard/content/publish", &[("csrf", &csrf)]).await;
        assert_eq!((status, loc.as_deref()), (303, Some("/dashboard/content?notice=published&version=1")));
        let (_, list, _) = e.get(loc.as_deref().unwrap()).await;
        assert!(list.contains("Published version 1."), "{list}");

        // The app: fetch the manifest, then the bundle, and verify both with
        // the server's public key as it would be pinned in the app build.
        let manifest: huiskamer_protocol::bundle::Manifest =
            s.client.get(s.url("/v1/content/manifest")).send().await.unwrap().json().await.unwrap();
        assert_eq!((manifest.version, manifest.organisation.as_str()), (1, "Test organisation"));
        let bytes = s.client.get(s.url("/v1/content/bundles/1")).send().await.unwrap().bytes().await.unwrap();
        let seed = huiskamer_server::keyfile::read(&s.data_dir().join("content-signing.key")).unwrap().unwrap();
        let public = huiskamer_server::bundle::ContentKey::from_seed(&seed).public_key();
        let bundle = huiskamer_texts::bundle::verify(&manifest, &bytes, &[public], Some(0)).unwrap();
        let article = bundle.articles.iter().find(|f| f.path == path).unwrap();
        assert!(article.text.contains("(checked by Eva)"));
        // Another key (a forged server) is refused.
        let other = huiskamer_server::bundle::ContentKey::from_seed(&[9; 32]).public_key();
        assert!(huiskamer_texts::bundle::verify(&manifest, &bytes, &[other], None).is_err());

        // The next publish is version 2; version 1 stays fetchable.
        e.post("/dashboard/content/publish", &[("csrf", &csrf)]).await;
        let m2: Value = s.client.get(s.url("/v1/content/manifest")).send().await.unwrap().json().await.unwrap();
        assert_eq!(m2["version"], 2);
        assert_eq!(s.client.get(s.url("/v1/content/bundles/1")).send().await.unwrap().status(), 200);
        let res = s.client.get(s.url("/v1/content/bundles/99")).send().await.unwrap();
        assert_eq!(res.status(), 404);
        let res = s.client.get(s.url("/v1/content/bundles/latest")).send().await.unwrap();
        assert_eq!(res.json::<Value>().await.unwrap()["error"]["code"], "invalid-version");
    }
}

/// The person's app sends a report of a mistake in a conversation.
async fn person_reports(s: &TestServer, key: &str, conv: &str, client_id: &str, text: &str, about: &str) {
    let res = s
        .client
        .post(s.url(&format!("/v1/conversations/{conv}/messages")))
        .bearer_auth(key)
        .json(&json!({ "client_id": client_id, "body": text, "about": about }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
}

fn shipped_title(path: &str) -> String {
    let text = std::fs::read_to_string(common::repo_file(&format!("../content/{path}"))).unwrap();
    huiskamer_texts::parse_article(path, &text).unwrap().title
}

fn first_directory_entry() -> (String, String) {
    let text = std::fs::read_to_string(common::repo_file("../content/organisations.toml")).unwrap();
    let o = huiskamer_texts::parse_directory(&text).unwrap().remove(0);
    (o.id, o.name)
}

fn escaped(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[tokio::test]
async fn a_report_of_a_mistake_is_marked_with_what_it_is_about_in_the_queue_and_the_conversation() {
    for b in backends() {
        let s = dashboard_server(b).await;
        add_worker(&s, "sam", "main").await;
        add_editor(&s, "eva").await;
        let (key, conv) = person_writes(&s, "Hello").await;
        let article = "health-sti-testing";
        person_reports(&s, &key, &conv, "m2", "The opening hours are wrong.", &format!("article:{article}")).await;
        let (title_en, title_nl) =
            (shipped_title(&format!("en/health/{article}.md")), shipped_title(&format!("nl/health/{article}.md")));

        // The queue marks the conversation: a report waits for an answer.
        let mut w = Browser::new(&s);
        w.login("sam", PASSWORD).await;
        let (_, queue, _) = w.get("/dashboard").await;
        assert!(queue.contains("Content report"), "{b:?}: {queue}");
        assert!(queue.contains(&format!("data-about=\"article:{article}\"")), "{queue}");
        assert!(queue.contains(&escaped(&title_en)), "the article is named: {queue}");

        // The conversation marks the report itself, not the other message.
        let (_, page, _) = w.get(&format!("/dashboard/conversations/{conv}")).await;
        assert_eq!(page.matches("class=\"message from-person content-report\"").count(), 1, "{b:?}: {page}");
        assert_eq!(page.matches("class=\"message from-person\"").count(), 1, "{page}");
        assert!(page.contains(&format!("Article: {} ({article})", escaped(&title_en))), "{page}");
        assert!(page.contains("The opening hours are wrong."));
        assert!(!page.contains("report-link"), "a worker who may not edit gets no link to the editor: {page}");

        // An editor gets a link to the article in every language.
        let mut e = Browser::new(&s);
        e.login("eva", PASSWORD).await;
        let (_, page, _) = e.get(&format!("/dashboard/conversations/{conv}")).await;
        let link = format!("/dashboard/content?article={article}");
        assert!(page.contains(&format!("href=\"{link}\"")), "{b:?}: {page}");
        let (status, list, _) = e.get(&link).await;
        assert_eq!(status, 200);
        assert!(
            list.contains(&format!("nl/health/{article}.md")) && list.contains(&format!("en/health/{article}.md")),
            "{list}"
        );
        assert!(
            !list.contains("health-mental.md") && !list.contains("organisations.toml"),
            "only that article's files: {list}"
        );
        assert!(list.contains("id=\"article-filter\""), "{list}");

        // In Dutch, with the Dutch title.
        e.get("/dashboard/lang/nl").await;
        let (_, page, _) = e.get(&format!("/dashboard/conversations/{conv}")).await;
        assert!(page.contains("Melding: fout in de informatie"), "{page}");
        assert!(page.contains(&format!("Artikel: {} ({article})", escaped(&title_nl))), "{page}");

        // A directory entry: named, with a link to the directory file.
        let (entry, name) = first_directory_entry();
        person_reports(&s, &key, &conv, "m3", "They moved.", &format!("organisation:{entry}")).await;
        let (_, page, _) = e.get(&format!("/dashboard/conversations/{conv}")).await;
        assert!(page.contains(&format!("In de lijst met hulp: {} ({entry})", escaped(&name))), "{b:?}: {page}");
        assert!(page.contains("href=\"/dashboard/content/edit?path=organisations.toml\""), "{page}");
        let (_, queue, _) = w.get("/dashboard").await;
        assert!(queue.contains(&format!("data-about=\"organisation:{entry}\"")), "the newest waiting report: {queue}");

        // Answered: the queue no longer marks it; the messages stay marked.
        let csrf = Browser::csrf(&page);
        let (status, _, _) = e
            .post(
                &format!("/dashboard/conversations/{conv}/reply"),
                &[("csrf", &csrf), ("body", "Thank you, we fix it.")],
            )
            .await;
        assert_eq!(status, 303);
        let (_, queue, _) = w.get("/dashboard").await;
        assert!(queue.contains("Answered") && !queue.contains("Content report"), "{b:?}: {queue}");
        let (_, page, _) = w.get(&format!("/dashboard/conversations/{conv}")).await;
        assert_eq!(page.matches("content-report").count(), 2, "{page}");
    }
}

/// The messages a conversation page shows, in order: (seq, text).
fn shown(page: &str) -> Vec<(u64, String)> {
    page.split("data-seq=\"")
        .skip(1)
        .map(|li| {
            let seq = li[..li.find('"').unwrap()].parse().unwrap();
            let body = &li[li.find("<p class=\"body\">").unwrap() + 16..];
            (seq, body[..body.find("</p>").unwrap()].to_string())
        })
        .collect()
}

/// The address of the link with this id, if the page has one.
fn link(page: &str, id: &str) -> Option<String> {
    let at = page.find(&format!("id=\"{id}\""))?;
    let tag = &page[page[..at].rfind('<').unwrap()..];
    let tag = &tag[..tag.find('>').unwrap()];
    let href = &tag[tag.find("href=\"").expect("a link") + 6..];
    Some(href[..href.find('"').unwrap()].replace("&amp;", "&"))
}

#[tokio::test]
async fn a_long_conversation_shows_the_newest_messages_and_pages_back_to_the_first() {
    for b in backends() {
        let s = TestServer::start_with(b, |c| {
            c.dashboard_secure_cookies = false;
            c.limits.per_ip_per_minute = 100_000;
            c.limits.per_account_per_minute = 100_000;
        })
        .await;
        add_worker(&s, "sam", "main").await;
        let text = |i: u64| format!("Message {i:04}.");
        let (key, conv) = person_writes(&s, &text(1)).await;
        for i in 2..=1050 {
            let res = s
                .client
                .post(s.url(&format!("/v1/conversations/{conv}/messages")))
                .bearer_auth(&key)
                .json(&json!({ "client_id": format!("m{i}"), "body": text(i) }))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200, "{b:?}: message {i}");
        }
        let mut w = Browser::new(&s);
        w.login("sam", PASSWORD).await;
        let here = format!("/dashboard/conversations/{conv}");
        let (_, page, _) = w.get(&here).await;
        let csrf = Browser::csrf(&page);
        let (status, _, _) =
            w.post(&format!("{here}/reply"), &[("csrf", &csrf), ("body", "Your answer after 1050.")]).await;
        assert_eq!(status, 303);

        // The newest messages, newest at the bottom, then the reply form.
        let (status, page, _) = w.get(&here).await;
        assert_eq!(status, 200);
        let newest = shown(&page);
        assert_eq!(newest.len(), 100, "{b:?}: one page");
        assert_eq!(newest.last().unwrap(), &(1051, "Your answer after 1050.".to_string()), "{b:?}: the reply is shown");
        assert_eq!(newest[newest.len() - 2], (1050, text(1050)), "{b:?}: the newest message is shown");
        assert!(page.contains("id=\"reply\"") && link(&page, "newer").is_none());
        // "Older messages", in a labelled navigation landmark, before the list.
        assert!(page.contains("<nav class=\"pages\" aria-label=\"Earlier in this conversation\">"), "{page}");
        assert!(page.find("id=\"older\"").unwrap() < page.find("data-seq=").unwrap());
        assert!(page.contains("Older messages</a>"), "{page}");

        // Back to the first message: every one shown once, none skipped.
        let mut pages = vec![newest];
        let mut at = link(&page, "older");
        let mut first = String::new();
        while let Some(href) = at {
            first = href.clone();
            let (status, page, _) = w.get(&href).await;
            assert_eq!(status, 200, "{b:?}: {href}");
            assert!(
                page.contains("id=\"older-page\"") && !page.contains("id=\"reply\""),
                "an older page has no reply form"
            );
            assert!(pages.len() < 20, "{b:?}: the older links go round in circles");
            pages.push(shown(&page));
            at = link(&page, "older");
        }
        assert_eq!(pages.len(), 11, "{b:?}");
        let seen: Vec<u64> = pages.iter().rev().flatten().map(|(seq, _)| *seq).collect();
        assert_eq!(seen, (1..=1051).collect::<Vec<_>>(), "{b:?}: each message once, in order");
        assert_eq!(pages.last().unwrap()[0], (1, text(1)), "{b:?}: the first page is reachable");
        for (seq, body) in pages.iter().flatten().filter(|(seq, _)| *seq <= 1050) {
            assert_eq!(body, &text(*seq), "{b:?}");
        }

        // And forward again through the "Newer messages" links: the same pages.
        let (_, mut page, _) = w.get(&first).await;
        let mut forward = Vec::new();
        loop {
            forward.push(shown(&page));
            let href = link(&page, "newer").expect("older pages link to newer ones");
            let (_, next, _) = w.get(&href).await;
            page = next;
            if href == here {
                forward.push(shown(&page));
                break;
            }
        }
        assert!(forward.iter().eq(pages.iter().rev()), "{b:?}: paging forward shows the pages paging back showed");

        // In Dutch.
        w.get("/dashboard/lang/nl").await;
        let (_, page, _) = w.get(&here).await;
        assert!(
            page.contains("Oudere berichten</a>") && page.contains("aria-label=\"Eerder in dit gesprek\""),
            "{page}"
        );
        let (_, page, _) = w.get(&link(&page, "older").unwrap()).await;
        assert!(page.contains("Je leest oudere berichten.") && page.contains("Nieuwere berichten"), "{page}");
        // A page address that is not a number is a page that does not exist.
        let (status, page, _) = w.get(&format!("{here}?before=soon")).await;
        assert_eq!(status, 404);
        assert!(page.contains("<!DOCTYPE html>"));
    }
}

/// The longest shipped article in a language.
fn longest_article(lang: &str) -> String {
    let root = common::repo_file(&format!("../content/{lang}"));
    let mut files: Vec<(u64, String)> = std::fs::read_dir(&root)
        .unwrap()
        .flat_map(|topic| std::fs::read_dir(topic.unwrap().path()).unwrap())
        .map(|f| f.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| {
            (
                p.metadata().unwrap().len(),
                p.strip_prefix(root.parent().unwrap()).unwrap().to_string_lossy().into_owned(),
            )
        })
        .collect();
    files.sort();
    files.pop().unwrap().1
}

/// What the library holds at `path` now.
async fn stored_file(s: &TestServer, path: &str) -> String {
    let storage = huiskamer_server::storage::open(&s.settings.database_url()).await.unwrap();
    storage.content_files().await.unwrap().into_iter().find(|f| f.path == path).unwrap().text
}

/// A text as a browser sends a text area: line breaks as CRLF.
fn as_sent(text: &str) -> String {
    text.replace('\n', "\r\n")
}

#[tokio::test]
async fn the_biggest_library_files_save_and_one_over_the_limit_comes_back_with_its_text() {
    // The documented limit (server/README.md).
    const MAX_FILE_CHARS: usize = 1024 * 1024;
    for b in backends() {
        let s = dashboard_server(b).await;
        add_editor(&s, "eva").await;
        let mut e = Browser::new(&s);
        e.login("eva", PASSWORD).await;
        let (_, page, _) = e.get("/dashboard/content/edit?path=organisations.toml").await;
        let csrf = Browser::csrf(&page);
        let save = |path: &str, text: &str| {
            [
                ("csrf", csrf.clone()),
                ("existing", path.to_string()),
                ("path", path.to_string()),
                ("text", as_sent(text)),
            ]
        };

        // The directory of help (eleven languages) and the longest Thai
        // article, saved unchanged.
        let th = longest_article("th");
        for path in ["organisations.toml", th.as_str()] {
            let original = std::fs::read_to_string(common::repo_file(&format!("../content/{path}"))).unwrap();
            let form = save(path, &original);
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let (status, page, _) = e.post("/dashboard/content/save", &form).await;
            assert_eq!(status, 303, "{b:?}: {path}: {}", &page[..page.len().min(300)]);
            assert_eq!(stored_file(&s, path).await, original, "{b:?}: {path}");
        }

        // Counted as the text area counts: a line break is one character,
        // and a Cyrillic letter one, however many bytes it is sent as.
        let original = std::fs::read_to_string(common::repo_file("../content/organisations.toml")).unwrap();
        let pad = |n: usize| format!("{original}\n# {}\n", "ж".repeat(n));
        let fits = pad(MAX_FILE_CHARS - original.chars().count() - 4);
        assert_eq!(fits.chars().count(), MAX_FILE_CHARS);
        let form = save("organisations.toml", &fits);
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(e.post("/dashboard/content/save", &form).await.0, 303, "{b:?}: a file of exactly the limit");

        let over = pad(MAX_FILE_CHARS - original.chars().count() - 3);
        let form = save("organisations.toml", &over);
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, page, _) = e.post("/dashboard/content/save", &form).await;
        assert_eq!(status, 413, "{b:?}");
        assert!(page.contains("Not saved: the file has 1048577 characters; at most 1048576 fit."), "{}", &page[..2000]);
        assert!(page.contains(&escaped(&over)), "{b:?}: the editor's text is kept");
        assert_eq!(stored_file(&s, "organisations.toml").await, fits, "{b:?}: nothing saved");
    }
}

#[tokio::test]
async fn a_reply_of_any_script_up_to_the_limit_is_sent_and_a_longer_one_comes_back_with_its_text() {
    for b in backends() {
        let s = dashboard_server(b).await;
        add_worker(&s, "sam", "main").await;
        let (key, conv) = person_writes(&s, "Can you help me?").await;
        let mut w = Browser::new(&s);
        w.login("sam", PASSWORD).await;
        let here = format!("/dashboard/conversations/{conv}");
        let (_, page, _) = w.get(&here).await;
        let csrf = Browser::csrf(&page);
        let received = || async {
            let (_, page) = s.messages(&key, &conv, 0).await;
            page["messages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["body"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        };
        // `chars` characters of lines of `line`, as typed into the text area.
        let typed = |line: &str, chars: usize| {
            let text: String = format!("{line}\n").chars().cycle().take(chars).collect();
            assert!(!text.ends_with(char::is_whitespace));
            text
        };

        // 3,000 Cyrillic letters with their spaces and line breaks (18 KB
        // as the form sends them), and 4,000 characters of a script of
        // four-byte letters (48 KB).
        let cyrillic = typed("Приходите во вторник в десять, мы поможем вам с арендой.", 3900);
        assert!(cyrillic.chars().filter(|c| c.is_alphabetic()).count() >= 3000);
        for text in [cyrillic, typed("𐌷𐌰𐌹𐌻𐍃 𐌰𐍄𐍄𐌰", 4000)] {
            let (status, page, loc) =
                w.post(&format!("{here}/reply"), &[("csrf", &csrf), ("body", &as_sent(&text))]).await;
            assert_eq!((status, loc.as_deref()), (303, Some(here.as_str())), "{b:?}: {}", &page[..page.len().min(300)]);
            assert_eq!(received().await.last(), Some(&text), "{b:?}: the person receives it, line breaks and all");
        }

        // One character over: not sent, said so, and the text comes back.
        let long = typed("Приходите во вторник в десять, мы поможем вам с арендой.", 4001);
        let (status, page, _) = w.post(&format!("{here}/reply"), &[("csrf", &csrf), ("body", &as_sent(&long))]).await;
        assert_eq!(status, 413, "{b:?}");
        assert!(
            page.contains("id=\"reply-error\"") && page.contains("The answer is too long (at most 4000 characters)."),
            "{page}"
        );
        assert!(
            page.contains(&format!("maxlength=\"4000\">\n{long}</textarea>")),
            "{b:?}: the typed reply is kept: {page}"
        );
        assert!(page.contains("Can you help me?"), "the conversation is shown with it");
        assert_eq!(received().await.len(), 3, "{b:?}: nothing was sent");
        w.get("/dashboard/lang/nl").await;
        let (status, page, _) = w.post(&format!("{here}/reply"), &[("csrf", &csrf), ("body", &long)]).await;
        assert_eq!(status, 413);
        assert!(page.contains("Het antwoord is te lang (hooguit 4000 tekens).") && page.contains(&long), "{page}");

        // More than any reply of 4,000 characters can be sent as (12 bytes
        // a character): the dashboard's own page, in the worker's language,
        // with its headers.
        let cookies = w.cookie_header();
        let huge = format!("csrf={csrf}&body={}", "a".repeat(4000 * 12 + 4096));
        for (path, body) in [(format!("{here}/reply"), huge.clone()), ("/dashboard/login".to_string(), huge)] {
            let res = w
                .http
                .post(s.url(&path))
                .header(COOKIE, &cookies)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 413, "{b:?}: {path}");
            let h = res.headers().clone();
            assert_eq!(h["content-type"], "text/html; charset=utf-8");
            assert!(h["content-security-policy"].to_str().unwrap().contains("default-src 'none'"));
            let page = res.text().await.unwrap();
            assert!(
                page.contains("<html lang=\"nl\"") && page.contains("Het formulier bevatte meer tekst"),
                "{path}: {page}"
            );
            assert!(page.contains("Een antwoord mag 4000 tekens hebben"), "{page}");
        }
        // A form that cannot be read is a page too, not plain text.
        let (status, page, _) = w.post(&format!("{here}/reply"), &[("csrf", &csrf)]).await;
        assert_eq!(status, 422);
        assert!(page.contains("Het formulier kon niet worden gelezen"), "{page}");
        assert_eq!(received().await.len(), 3, "{b:?}: nothing was sent");
    }
}

#[tokio::test]
async fn the_queue_and_the_conversation_show_her_chosen_name_and_her_apps_language() {
    for b in backends() {
        let s = dashboard_server(b).await;
        add_worker(&s, "sam", "main").await;
        let key = s.register().await;

        // Bad input: a clear 422, and nothing is opened.
        for (extra, code) in [
            (json!({ "name": "я".repeat(81) }), "invalid-name"),
            (json!({ "name": "Oksana\nSecond line" }), "invalid-name"),
            (json!({ "language": "ru" }), "invalid-language"),
            (json!({ "language": "" }), "invalid-language"),
        ] {
            let (status, body) = s.open_conversation_as(&key, "bad", extra.clone()).await;
            assert_eq!((status, body["error"]["code"].as_str()), (422, Some(code)), "{b:?} {extra}: {body}");
        }
        let res = s.client.get(s.url("/v1/conversations")).bearer_auth(&key).send().await.unwrap();
        assert_eq!(res.json::<Value>().await.unwrap(), json!([]), "{b:?}: a refused opening changes nothing");

        // Her conversation, with the name she chose and her app's language.
        let (status, conv) =
            s.open_conversation_as(&key, "c-named", json!({ "name": " Оксана ", "language": "uk" })).await;
        assert_eq!(status, 201, "{conv}");
        let named = conv["id"].as_str().unwrap().to_string();
        s.send_message(&key, &named, "m1", "Доброго дня").await;
        // An old-style one: no name, no language.
        let (_, old) = person_writes(&s, "Hello").await;

        let mut w = Browser::new(&s);
        w.login("sam", PASSWORD).await;
        let (_, queue, _) = w.get("/dashboard").await;
        assert!(queue.contains("Оксана") && queue.contains("Language: Українська (uk)"), "{b:?}: {queue}");
        assert!(queue.contains("No name given") && queue.contains("Language not given"), "{b:?}: {queue}");
        assert!(
            queue.contains("aria-label=\"Open conversation ")
                && queue.contains(": Оксана, Language: Українська (uk)\""),
            "{b:?}: a screen reader hears who it is: {queue}"
        );

        let (_, page, _) = w.get(&format!("/dashboard/conversations/{named}")).await;
        assert!(page.contains("<strong>Оксана</strong>"), "{b:?}: her message is labelled with her name: {page}");
        assert!(!page.contains("<strong>Person</strong>"), "{b:?}: {page}");
        assert!(page.contains("Language: Українська (uk)"), "{b:?}");
        let (_, page, _) = w.get(&format!("/dashboard/conversations/{old}")).await;
        assert!(page.contains("<strong>Person</strong>") && page.contains("No name given"), "{b:?}: {page}");

        // A retried opening is the same conversation, with the name first given.
        let (status, again) = s.open_conversation_as(&key, "c-named", json!({ "name": "Other" })).await;
        assert_eq!((status, again["id"].as_str()), (200, Some(named.as_str())));
        let (_, page, _) = w.get(&format!("/dashboard/conversations/{named}")).await;
        assert!(page.contains("<strong>Оксана</strong>") && !page.contains("Other"), "{b:?}");

        // Dutch dashboard.
        w.get("/dashboard/lang/nl").await;
        let (_, queue, _) = w.get("/dashboard").await;
        assert!(queue.contains("Geen naam opgegeven") && queue.contains("Taal: Українська (uk)"), "{b:?}: {queue}");
    }
}

#[tokio::test]
async fn her_chosen_name_is_sealed_at_rest() {
    let s = TestServer::start(Backend::Sqlite).await;
    let key = s.register().await;
    let name = "Zoë-Kerkstraat-Unique";
    let (status, _) = s.open_conversation_as(&key, "c", json!({ "name": name, "language": "en" })).await;
    assert_eq!(status, 201);
    for entry in std::fs::read_dir(s.data_dir()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!bytes.windows(name.len()).any(|w| w == name.as_bytes()), "the name is in none of the server's files");
    }
}

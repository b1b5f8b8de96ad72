//! The support-worker dashboard: server-rendered pages, no JavaScript.
//!
//! Security: passwords are Argon2id hashes; a session is a random token in
//! an HttpOnly, SameSite=Strict cookie whose hash is stored; every form
//! carries a CSRF token (the session's, or for the login form a
//! double-submit cookie); login attempts are limited per client address,
//! and failed ones slow down further guessing at the username from
//! addresses that have been failing (see [`crate::ratelimit::LoginLimits`]); pages are sent
//! with a strict Content-Security-Policy and are never cached.

pub mod content;
mod pages;
pub mod reports;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Path, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use huiskamer_texts::i18n::I18n;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::clock::now;
use crate::messages::{add, wire_message};
use crate::middleware::ClientKey;
use crate::state::AppState;
use crate::storage::{ConversationRow, Role, Sender, StorageError, WorkerRow};

pub use pages::Page;

const SESSION_COOKIE: &str = "hk_session";
const LOGIN_COOKIE: &str = "hk_login";
const LANG_COOKIE: &str = "hk_lang";
const SESSION_HOURS: i64 = 10;
const CSS: &str = include_str!("dashboard.css");
const MAX_REPLY_CHARS: usize = huiskamer_protocol::messages::MAX_MESSAGE_CHARS;
/// Messages on one page of a conversation; older ones are a link away.
const CONVERSATION_PAGE: u32 = 100;

/// The body limit of a form whose text may hold `chars` characters: the
/// most bytes they can take on the wire, so no script is refused sooner
/// than another. Percent-encoded, a character of four UTF-8 bytes is 12
/// bytes (a line break, sent as CRLF, 6), plus room for the CSRF token and
/// the other fields. The handler then counts characters, as the form did,
/// and hands back a text that has too many.
const fn form_body_bytes(chars: usize) -> usize {
    chars * 12 + 4 * 1024
}

/// The dashboard's text, in Dutch and English.
pub fn i18n() -> I18n {
    let (i18n, errors) = I18n::from_files([
        ("en/dashboard.ftl", include_str!("../../i18n/en/dashboard.ftl")),
        ("nl/dashboard.ftl", include_str!("../../i18n/nl/dashboard.ftl")),
    ]);
    debug_assert!(errors.is_empty(), "dashboard .ftl errors: {}", errors.len());
    i18n
}

pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash of a password nobody knows: checked when the username does not
/// exist, so a wrong username takes as long as a wrong password.
fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password(&URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>())).unwrap_or_default())
}

fn token() -> String {
    URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>())
}

fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

fn set_cookie(state: &AppState, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.settings.dashboard_secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Constant-time comparison for CSRF tokens.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The reader's language: a chosen one (cookie), else the browser's.
pub struct Lang(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        if let Some(l) = cookie(&parts.headers, LANG_COOKIE).filter(|l| l == "nl" || l == "en") {
            return Ok(Lang(l));
        }
        let accept = parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
        let first_known = accept
            .split(',')
            .map(|p| p.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
            .find(|t| t.starts_with("nl") || t.starts_with("en"));
        Ok(Lang(if first_known.is_some_and(|t| t.starts_with("nl")) { "nl".into() } else { "en".into() }))
    }
}

/// A signed-in worker with the session's CSRF token.
pub struct Worker {
    pub row: WorkerRow,
    pub csrf: String,
    token_hash: [u8; 32],
}

/// What happens when a page needs a signed-in worker and there is none.
pub struct ToLogin;

impl IntoResponse for ToLogin {
    fn into_response(self) -> Response {
        Redirect::to("/dashboard/login").into_response()
    }
}

/// The worker whose session cookie the request carries, if it is live.
async fn signed_in(state: &AppState, headers: &HeaderMap) -> Result<Option<Worker>, StorageError> {
    let Some(t) = cookie(headers, SESSION_COOKIE) else { return Ok(None) };
    let h = token_hash(&t);
    Ok(state.storage.session(&h, now()).await?.map(|(row, csrf)| Worker { row, csrf, token_hash: h }))
}

impl FromRequestParts<AppState> for Worker {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match signed_in(state, &parts.headers).await {
            Ok(Some(w)) => Ok(w),
            Ok(None) => Err(ToLogin.into_response()),
            Err(e) => {
                tracing::error!(error = %e, "session lookup failed");
                Err(StatusCode::SERVICE_UNAVAILABLE.into_response())
            }
        }
    }
}

/// `Form<T>` whose refusals are the dashboard's own pages in the reader's
/// language, not axum's plain text: a form over its route's body limit is
/// a 413 page, one that cannot be read a 400, 415 or 422 page.
pub struct DashForm<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequest<AppState> for DashForm<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let Lang(lang) = Lang::from_request_parts(&mut parts, state).await.unwrap_or_else(|never| match never {});
        let headers = parts.headers.clone();
        match Form::<T>::from_request(Request::from_parts(parts, body), state).await {
            Ok(Form(form)) => Ok(DashForm(form)),
            Err(refused) => {
                let status = refused.status();
                tracing::info!(status = status.as_u16(), "dashboard form refused");
                // The page keeps its menu for a signed-in worker.
                let worker = signed_in(state, &headers).await.ok().flatten();
                let page = Page::new(state, &lang, worker.as_ref());
                Err(html(
                    status,
                    if status == StatusCode::PAYLOAD_TOO_LARGE {
                        let limits = [
                            ("reply", (MAX_REPLY_CHARS as f64).into()),
                            ("file", (content::MAX_FILE_CHARS as f64).into()),
                        ];
                        page.message_with("error-too-large", &limits)
                    } else {
                        page.message("error-bad-form")
                    },
                ))
            }
        }
    }
}

/// An HTML response with the dashboard's security headers.
fn html(status: StatusCode, page: maud::Markup) -> Response {
    let mut res = (status, page.into_string()).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

fn error_page(state: &AppState, lang: &str, worker: Option<&Worker>, status: StatusCode, id: &str) -> Response {
    let p = Page::new(state, lang, worker);
    html(status, p.message(id))
}

fn storage_error(state: &AppState, lang: &str, worker: &Worker, e: StorageError) -> Response {
    tracing::error!(error = %e, "dashboard storage error");
    error_page(state, lang, Some(worker), StatusCode::SERVICE_UNAVAILABLE, "error-internal")
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(queue))
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/lang/{lang}", get(switch_lang))
        .route("/dashboard.css", get(css))
        .route("/conversations/{id}", get(conversation))
        .route("/conversations/{id}/reply", post(reply).layer(DefaultBodyLimit::max(form_body_bytes(MAX_REPLY_CHARS))))
        .route("/conversations/{id}/status", post(set_status))
        .route("/content", get(content::list))
        .route("/content/edit", get(content::edit))
        .route(
            "/content/save",
            post(content::save).layer(DefaultBodyLimit::max(form_body_bytes(content::MAX_FILE_CHARS))),
        )
        .route("/content/publish", post(content::publish))
        .fallback(|State(state): State<AppState>, Lang(lang): Lang| async move {
            error_page(&state, &lang, None, StatusCode::NOT_FOUND, "error-not-found")
        })
}

async fn css() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=3600")], CSS).into_response()
}

async fn switch_lang(State(state): State<AppState>, Path(lang): Path<String>) -> Response {
    let lang = if lang == "nl" { "nl" } else { "en" };
    let mut res = Redirect::to("/dashboard").into_response();
    res.headers_mut().append(header::SET_COOKIE, set_cookie(&state, LANG_COOKIE, lang, 365 * 86_400));
    res
}

#[derive(Deserialize)]
pub struct LoginQuery {
    error: Option<String>,
}

async fn login_form(State(state): State<AppState>, Lang(lang): Lang, Query(q): Query<LoginQuery>) -> Response {
    let csrf = token();
    let message = match q.error.as_deref() {
        Some("failed") => Some("login-failed"),
        Some("expired") => Some("login-expired"),
        _ => None,
    };
    let mut res = html(StatusCode::OK, Page::new(&state, &lang, None).login(&csrf, message, None));
    res.headers_mut().append(header::SET_COOKIE, set_cookie(&state, LOGIN_COOKIE, &csrf, 3600));
    res
}

#[derive(Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    csrf: String,
}

async fn login(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Extension(ClientKey(client)): Extension<ClientKey>,
    headers: HeaderMap,
    DashForm(form): DashForm<LoginForm>,
) -> Response {
    let expected = cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !same(&expected, &form.csrf) {
        return Redirect::to("/dashboard/login?error=expired").into_response();
    }
    let username = form.username.trim().to_lowercase();
    let attempt = match state.login_limits.admit(&client, &username) {
        Ok(a) => a,
        Err(wait) => return login_refused(&state, &lang, wait),
    };
    let worker = match state.storage.worker_by_username(&username).await {
        Ok(w) => w,
        Err(e) => {
            tracing::error!(error = %e, "login lookup failed");
            return error_page(&state, &lang, None, StatusCode::SERVICE_UNAVAILABLE, "error-internal");
        }
    };
    let (password, hash) =
        (form.password, worker.as_ref().map_or_else(|| dummy_hash().to_string(), |w| w.password_hash.clone()));
    // Argon2 is slow on purpose: keep it off the async threads.
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash)).await.unwrap_or(false);
    let Some(worker) = worker.filter(|_| ok) else {
        state.login_limits.failed(&attempt);
        tracing::info!("dashboard login failed");
        return Redirect::to("/dashboard/login?error=failed").into_response();
    };
    let session = token();
    let csrf = token();
    if let Err(e) =
        state.storage.create_session(&token_hash(&session), &worker.id, &csrf, now() + SESSION_HOURS * 3600).await
    {
        tracing::error!(error = %e, "could not create a session");
        return error_page(&state, &lang, None, StatusCode::SERVICE_UNAVAILABLE, "error-internal");
    }
    tracing::info!(role = worker.role.as_str(), "dashboard login");
    let mut res = Redirect::to("/dashboard").into_response();
    res.headers_mut().append(header::SET_COOKIE, set_cookie(&state, SESSION_COOKIE, &session, SESSION_HOURS * 3600));
    res.headers_mut().append(header::SET_COOKIE, set_cookie(&state, LOGIN_COOKIE, "", 0));
    res
}

/// The sign-in form again, saying to wait `wait` seconds.
fn login_refused(state: &AppState, lang: &str, wait: u64) -> Response {
    let csrf = token();
    let minutes = wait.div_ceil(60);
    let mut res = html(
        StatusCode::TOO_MANY_REQUESTS,
        Page::new(state, lang, None).login(&csrf, Some("login-rate-limited"), Some(minutes)),
    );
    res.headers_mut().append(header::SET_COOKIE, set_cookie(state, LOGIN_COOKIE, &csrf, 3600));
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(wait));
    res
}

#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

async fn logout(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    DashForm(f): DashForm<CsrfForm>,
) -> Response {
    if !same(&f.csrf, &worker.csrf) {
        return error_page(&state, &lang, Some(&worker), StatusCode::FORBIDDEN, "error-csrf");
    }
    if let Err(e) = state.storage.delete_session(&worker.token_hash).await {
        return storage_error(&state, &lang, &worker, e);
    }
    let mut res = Redirect::to("/dashboard/login").into_response();
    res.headers_mut().append(header::SET_COOKIE, set_cookie(&state, SESSION_COOKIE, "", 0));
    res
}

async fn queue(State(state): State<AppState>, Lang(lang): Lang, worker: Worker) -> Response {
    let rows = match state.storage.queue(&worker.row.organisation_id).await {
        Ok(rows) => rows,
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    let subjects = match report_subjects(&state, &lang, rows.iter().filter_map(|c| c.waiting_report.as_deref())).await {
        Ok(s) => s,
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    html(StatusCode::OK, Page::new(&state, &lang, Some(&worker)).queue(&rows, now(), &subjects))
}

/// Names what reports of a mistake are about; reads the library only when
/// there are reports.
async fn report_subjects<'a>(
    state: &AppState,
    lang: &str,
    abouts: impl Iterator<Item = &'a str>,
) -> Result<std::collections::BTreeMap<String, reports::Subject>, StorageError> {
    let abouts: Vec<&str> = abouts.collect();
    if abouts.is_empty() {
        return Ok(Default::default());
    }
    let files = state.storage.content_files().await?;
    Ok(reports::subjects(&files, lang, abouts))
}

/// The conversation if it belongs to the worker's organisation.
async fn org_conversation(
    state: &AppState,
    worker: &Worker,
    id: &str,
) -> Result<Option<ConversationRow>, StorageError> {
    Ok(state.storage.conversation(id).await?.filter(|c| c.organisation_id == worker.row.organisation_id))
}

#[derive(Deserialize)]
pub struct ConversationQuery {
    /// The page of messages before this seq (the "Older messages" link).
    before: Option<u64>,
}

async fn conversation(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
    query: Result<Query<ConversationQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(q)) = query else {
        return error_page(&state, &lang, Some(&worker), StatusCode::NOT_FOUND, "error-not-found");
    };
    let conv = match org_conversation(&state, &worker, &id).await {
        Ok(Some(c)) => c,
        Ok(None) => return error_page(&state, &lang, Some(&worker), StatusCode::NOT_FOUND, "error-not-found"),
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    conversation_page(&state, &lang, &worker, &conv, q.before, None, StatusCode::OK).await
}

/// A page of a conversation: the newest messages (`before` None), with the
/// reply form, or a page of older ones. Every page but the first links to
/// the one before it, every older page to the one after it, so paging
/// either way shows each message once.
async fn conversation_page(
    state: &AppState,
    lang: &str,
    worker: &Worker,
    conv: &ConversationRow,
    before: Option<u64>,
    draft: Option<pages::Draft<'_>>,
    status: StatusCode,
) -> Response {
    let (rows, has_older) =
        match state.storage.messages_before(&conv.id, before.unwrap_or(u64::MAX), CONVERSATION_PAGE).await {
            Ok(r) => r,
            Err(e) => return storage_error(state, lang, worker, e),
        };
    let older = if has_older { rows.first().map(|m| m.seq) } else { None };
    let newer = match before {
        None => None,
        Some(b) => {
            // The next page is the one that ends with the page's worth of
            // messages after this one; when those are the newest, it is the
            // conversation itself (with the reply form).
            let last = rows.last().map_or(b.saturating_sub(1), |m| m.seq);
            match state.storage.messages(&conv.id, last, CONVERSATION_PAGE).await {
                Ok((next, true)) => Some(pages::Newer::Before(next.last().map_or(last, |m| m.seq) + 1)),
                Ok((_, false)) => Some(pages::Newer::Newest),
                Err(e) => return storage_error(state, lang, worker, e),
            }
        }
    };
    let messages: Vec<_> = rows.into_iter().map(|m| wire_message(state, &conv.id, m)).collect();
    let subjects = match report_subjects(state, lang, messages.iter().filter_map(|m| m.about.as_deref())).await {
        Ok(s) => s,
        Err(e) => return storage_error(state, lang, worker, e),
    };
    let paging = pages::Paging { older, newer };
    html(status, Page::new(state, lang, Some(worker)).conversation(conv, &messages, &paging, draft.as_ref(), &subjects))
}

/// For a form posted about a conversation: the CSRF token must match and
/// the conversation must belong to the worker's organisation.
async fn posted_conversation(
    state: &AppState,
    lang: &str,
    worker: &Worker,
    csrf: &str,
    id: &str,
) -> Result<ConversationRow, Response> {
    if !same(csrf, &worker.csrf) {
        return Err(error_page(state, lang, Some(worker), StatusCode::FORBIDDEN, "error-csrf"));
    }
    match org_conversation(state, worker, id).await {
        Ok(Some(c)) => Ok(c),
        Ok(None) => Err(error_page(state, lang, Some(worker), StatusCode::NOT_FOUND, "error-not-found")),
        Err(e) => Err(storage_error(state, lang, worker, e)),
    }
}

#[derive(Deserialize)]
pub struct ReplyForm {
    csrf: String,
    body: String,
}

async fn reply(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
    DashForm(f): DashForm<ReplyForm>,
) -> Response {
    let conv = match posted_conversation(&state, &lang, &worker, &f.csrf, &id).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    // Browsers send a text area's line breaks as CRLF; its maxlength
    // counted each as one character, and so does the limit.
    let typed = f.body.replace("\r\n", "\n");
    let body = typed.trim().to_string();
    let refused = if body.is_empty() {
        Some(("conv-reply-empty", StatusCode::UNPROCESSABLE_ENTITY))
    } else if body.chars().count() > MAX_REPLY_CHARS {
        Some(("conv-reply-too-long", StatusCode::PAYLOAD_TOO_LARGE))
    } else {
        None
    };
    if let Some((error, status)) = refused {
        // Not sent, and nothing lost: the worker gets the text back.
        let draft = pages::Draft { error, text: &typed };
        return conversation_page(&state, &lang, &worker, &conv, None, Some(draft), status).await;
    }
    let back = format!("/dashboard/conversations/{}", conv.id);
    match add(&state, &conv.id, Sender::Worker, None, body).await {
        Ok(_) => Redirect::to(&back).into_response(),
        Err(_) => error_page(&state, &lang, Some(&worker), StatusCode::SERVICE_UNAVAILABLE, "error-internal"),
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    csrf: String,
    open: bool,
}

async fn set_status(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
    DashForm(f): DashForm<StatusForm>,
) -> Response {
    let conv = match posted_conversation(&state, &lang, &worker, &f.csrf, &id).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    if let Err(e) = state.storage.set_conversation_open(&conv.id, f.open).await {
        return storage_error(&state, &lang, &worker, e);
    }
    let to = if f.open { format!("/dashboard/conversations/{}", conv.id) } else { "/dashboard".to_string() };
    Redirect::to(&to).into_response()
}

/// Creates a support-worker account (the `add-worker` command).
pub async fn add_worker(
    storage: &dyn crate::storage::Storage,
    organisation_id: &str,
    username: &str,
    display_name: &str,
    role: Role,
    password: &str,
) -> anyhow::Result<()> {
    let username = username.trim().to_lowercase();
    if !(2..=64).contains(&username.len())
        || !username.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-@".contains(&b))
    {
        anyhow::bail!("the username must be 2 to 64 characters of a-z, 0-9, '.', '_', '-' and '@'");
    }
    if password.chars().count() < 12 {
        anyhow::bail!("the password must be at least 12 characters");
    }
    let hash = hash_password(password).map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))?;
    let id: String = rand::random::<[u8; 16]>().iter().map(|b| format!("{b:02x}")).collect();
    let worker = WorkerRow {
        id,
        organisation_id: organisation_id.to_string(),
        username: username.clone(),
        display_name: if display_name.trim().is_empty() { username } else { display_name.trim().to_string() },
        password_hash: hash,
        role,
    };
    match storage.create_worker(&worker).await {
        Ok(()) => Ok(()),
        Err(StorageError::Conflict(_)) => anyhow::bail!("the username {} is already taken", worker.username),
        Err(e) => Err(anyhow::anyhow!("cannot store the worker: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_argon2id_and_only_the_right_one_verifies() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("correct horse batterY", &h));
        assert!(!verify_password("anything", dummy_hash()));
    }

    #[test]
    fn every_english_dashboard_message_exists_in_dutch() {
        use huiskamer_texts::i18n::{message_ids, parse_ftl};
        let ids = |path: &str, text: &str| {
            let (res, errors) = parse_ftl(path, text);
            assert!(errors.is_empty(), "{path}: syntax errors");
            message_ids(&res)
        };
        let en = ids("en/dashboard.ftl", include_str!("../../i18n/en/dashboard.ftl"));
        let nl = ids("nl/dashboard.ftl", include_str!("../../i18n/nl/dashboard.ftl"));
        assert!(en.len() > 20);
        let missing: Vec<_> = en.iter().filter(|k| !nl.contains(k)).collect();
        assert!(missing.is_empty(), "server/i18n/nl/dashboard.ftl lacks {missing:?}");
    }

    #[test]
    fn cookies_are_read_by_exact_name() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("hk_session_x=1; hk_session=abc; other=2"));
        assert_eq!(cookie(&h, "hk_session").as_deref(), Some("abc"));
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
    }
}

//! The support-worker dashboard: server-rendered pages, no JavaScript.
//!
//! Security: passwords are Argon2id hashes; a session is a random token in
//! an HttpOnly, SameSite=Strict cookie whose hash is stored; every form
//! carries a CSRF token (the session's, or for the login form a
//! double-submit cookie); login attempts are limited per client address,
//! and failed ones slow down further guessing at the username from
//! addresses that have been failing (see [`crate::ratelimit::LoginLimits`]);
//! pages are sent with a strict Content-Security-Policy and are never cached.
//!
//! Here: the routes and what every page shares (its headers, error pages,
//! cookies, forms). Signing in is in `signin`, the conversations in
//! `conversations`, the library in `content`, the languages in `lang`, the
//! HTML in `pages`.

mod alerts;
pub mod content;
mod conversations;
mod lang;
mod pages;
pub mod reports;
mod signin;

use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::de::DeserializeOwned;

use crate::state::AppState;
use crate::storage::StorageError;

pub use lang::{i18n, Lang};
pub use pages::Page;
use signin::signed_in;
pub use signin::{add_worker, hash_password, ToLogin, Worker};

const CSS: &str = include_str!("dashboard.css");
const MAX_REPLY_CHARS: usize = huiskamer_protocol::messages::MAX_MESSAGE_CHARS;

/// The body limit of a form whose text may hold `chars` characters: the
/// most bytes they can take on the wire, so no script is refused sooner
/// than another. Percent-encoded, a character of four UTF-8 bytes is 12
/// bytes (a line break, sent as CRLF, 6), plus room for the CSRF token and
/// the other fields. The handler then counts characters, as the form did,
/// and hands back a text that has too many.
const fn form_body_bytes(chars: usize) -> usize {
    chars * 12 + 4 * 1024
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
        .route("/", get(conversations::queue))
        .route("/login", get(signin::login_form).post(signin::login))
        .route("/logout", post(signin::logout))
        .route("/lang/{lang}", get(lang::switch_lang))
        .route("/dashboard.css", get(css))
        .route("/conversations/{id}", get(conversations::conversation))
        .route(
            "/conversations/{id}/reply",
            post(conversations::reply).layer(DefaultBodyLimit::max(form_body_bytes(MAX_REPLY_CHARS))),
        )
        .route("/conversations/{id}/status", post(conversations::set_status))
        .route("/alerts/{id}", get(alerts::alert))
        .route("/alerts/{id}/acknowledge", post(alerts::acknowledge))
        .route("/alerts/{id}/resolve", post(alerts::resolve))
        .route(
            "/alerts/{id}/note",
            post(alerts::note).layer(DefaultBodyLimit::max(form_body_bytes(alerts::MAX_NOTE_CHARS))),
        )
        .route("/settings", get(alerts::settings).post(alerts::save_settings))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_read_by_exact_name() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("hk_session_x=1; hk_session=abc; other=2"));
        assert_eq!(cookie(&h, "hk_session").as_deref(), Some("abc"));
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
    }
}

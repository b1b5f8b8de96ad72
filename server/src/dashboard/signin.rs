//! Signing in and out: passwords, sessions and the worker a request is
//! from; and creating a worker's account (the `add-worker` command).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::{cookie, error_page, html, same, set_cookie, storage_error, DashForm, Lang, Page};
use crate::clock::now;
use crate::middleware::ClientKey;
use crate::state::AppState;
use crate::storage::{Role, StorageError, WorkerRow};

const SESSION_COOKIE: &str = "hk_session";
const LOGIN_COOKIE: &str = "hk_login";
const SESSION_HOURS: i64 = 10;

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
pub(super) async fn signed_in(state: &AppState, headers: &HeaderMap) -> Result<Option<Worker>, StorageError> {
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

#[derive(Deserialize)]
pub struct LoginQuery {
    error: Option<String>,
}

pub(super) async fn login_form(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Query(q): Query<LoginQuery>,
) -> Response {
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

pub(super) async fn login(
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

pub(super) async fn logout(
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
}

//! The HTTP API under `/v1/`: its routes, and extractors that turn every
//! malformed request into a JSON error instead of axum's plain text
//! rejections.

mod accounts;
mod alerts;
mod content;
mod conversations;
mod records;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use base64::Engine;
use huiskamer_protocol::sync::{ServerInfo, API_VERSION, AUTH_KEY_BYTES};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::state::AppState;
/// A message may have `MAX_MESSAGE_CHARS` characters of any script, however
/// its JSON spells them: a character outside the BMP written as two `\u`
/// escapes is 12 bytes. Plus room for the other fields.
const MESSAGE_BODY_BYTES: usize = huiskamer_protocol::messages::MAX_MESSAGE_CHARS * 12 + 1024;
/// A watch or an alarm: four details of `MAX_DETAIL_CHARS` characters of
/// any script, however escaped, and the other fields.
const ALERT_BODY_BYTES: usize = 4 * huiskamer_protocol::alerts::MAX_DETAIL_CHARS * 12 + 1024;
/// The OpenAPI description served at `/v1/openapi.json`.
pub const OPENAPI: &str = include_str!("../../openapi.json");

/// The routes under `/v1/`, mounted beside the dashboard by [`crate::routes`].
// `v1` is named, and returned as such, because tests/abuse.rs reads the
// routes from this binding to hold openapi.json to them.
#[allow(clippy::let_and_return)]
pub fn router(state: &AppState) -> Router<AppState> {
    let push_limit = state.settings.limits.push_body_bytes;
    let v1 = Router::new()
        .route("/health", get(health))
        .route("/info", get(info))
        .route("/openapi.json", get(openapi))
        .route("/accounts", post(accounts::register))
        .route("/accounts/me", delete(accounts::delete_me))
        .route("/organisations", get(conversations::organisations))
        .route("/content/manifest", get(content::manifest))
        .route("/content/bundles/{version}", get(content::bundle))
        .route("/conversations", get(conversations::list).post(conversations::open))
        .route("/conversations/{id}", delete(conversations::delete))
        .route(
            "/conversations/{id}/messages",
            get(conversations::messages).post(conversations::send).layer(DefaultBodyLimit::max(MESSAGE_BODY_BYTES)),
        )
        .route(
            "/watches/{client_id}",
            put(alerts::put_watch).delete(alerts::delete_watch).layer(DefaultBodyLimit::max(ALERT_BODY_BYTES)),
        )
        .route("/watches/{client_id}/check-in", post(alerts::check_in))
        .route("/alarms", post(alerts::raise_alarm).layer(DefaultBodyLimit::max(ALERT_BODY_BYTES)))
        .route("/alarm-token", put(alerts::put_alarm_token).delete(alerts::delete_alarm_token))
        .route("/alarm-token/fire", post(alerts::fire_alarm_token))
        .route("/records", get(records::pull).post(records::push).layer(DefaultBodyLimit::max(push_limit)));
    v1
}

async fn health(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    state.storage.ping().await?;
    if crate::clock::is_test_clock() {
        return Ok(Json(serde_json::json!({ "status": "ok", "clock": "test clock" })));
    }
    Ok(Json(serde_json::json!({ "status": "ok" })))
}

async fn info(State(state): State<AppState>) -> Json<ServerInfo> {
    Json(ServerInfo {
        organisation: state.settings.organisation.clone(),
        api_version: API_VERSION,
        message_retention_days: state.settings.message_retention_days,
        // This server serves watches and alarms; which organisation takes
        // them is in GET /v1/organisations.
        check_in_alerts: true,
    })
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

/// `Json<T>` whose rejections are JSON errors with a stable code.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::UnsupportedMediaType),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(ApiError::TooLarge),
            Err(e) => Err(ApiError::invalid("invalid-json", e.body_text())),
        }
    }
}

/// `Query<T>` whose rejections are JSON errors.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| ApiQuery(q.0))
            .map_err(|e: QueryRejection| ApiError::invalid("invalid-query", e.body_text()))
    }
}

/// The account a request is for, proven by `Authorization: Bearer <key>`.
pub struct Account(pub String);

pub(crate) fn decode_key(b64: &str) -> Option<[u8; AUTH_KEY_BYTES]> {
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64.trim()).ok()?;
    bytes.try_into().ok()
}

pub(crate) fn key_hash(key: &[u8; AUTH_KEY_BYTES]) -> [u8; 32] {
    Sha256::digest(key).into()
}

impl FromRequestParts<AppState> for Account {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let key = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .and_then(decode_key)
            .ok_or(ApiError::Unauthorized)?;
        // The lookup is by the SHA-256 of a 256-bit random key: timing can at
        // most tell an attacker about hashes of keys they already hold.
        let account = state.storage.account_for_key(&key_hash(&key)).await?.ok_or(ApiError::Unauthorized)?;
        state.per_account.check(&format!("acct:{account}")).map_err(ApiError::RateLimited)?;
        Ok(Account(account))
    }
}

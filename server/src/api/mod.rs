//! The HTTP API under `/v1/`: routes, the shared state, and extractors that
//! turn every malformed request into a JSON error instead of axum's plain
//! text rejections.

mod accounts;
mod content;
pub(crate) mod conversations;
mod records;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use base64::Engine;
use huiskamer_protocol::sync::{ServerInfo, API_VERSION, AUTH_KEY_BYTES};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use crate::config::Settings;
use crate::error::ApiError;
use crate::ratelimit::RateLimiter;
use crate::sealing::MessageKey;
use crate::storage::Storage;

/// Bodies of every endpoint except a push, a message and the dashboard's
/// text forms are small.
const SMALL_BODY_BYTES: usize = 16 * 1024;
/// A message may have `MAX_MESSAGE_CHARS` characters of any script, however
/// its JSON spells them: a character outside the BMP written as two `\u`
/// escapes is 12 bytes. Plus room for the other fields.
const MESSAGE_BODY_BYTES: usize = huiskamer_protocol::messages::MAX_MESSAGE_CHARS * 12 + 1024;
/// The OpenAPI description served at `/v1/openapi.json`.
pub const OPENAPI: &str = include_str!("../../openapi.json");

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub storage: Arc<dyn Storage>,
    pub settings: Settings,
    pub message_key: MessageKey,
    pub content_key: crate::bundle::ContentKey,
    pub dashboard_i18n: huiskamer_texts::i18n::I18n,
    pub login_limits: crate::dashboard::LoginLimits,
    per_ip: RateLimiter,
    per_account: RateLimiter,
    registrations: RateLimiter,
    /// Client addresses are hashed with this per-process secret before they
    /// become rate-limit keys, so not even memory holds a list of addresses.
    ip_salt: [u8; 16],
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn new(
        storage: Arc<dyn Storage>,
        settings: Settings,
        message_key: MessageKey,
        content_key: crate::bundle::ContentKey,
    ) -> AppState {
        let l = &settings.limits;
        AppState(Arc::new(Inner {
            per_ip: RateLimiter::new(l.per_ip_per_minute, Duration::from_secs(60)),
            per_account: RateLimiter::new(l.per_account_per_minute, Duration::from_secs(60)),
            registrations: RateLimiter::new(l.registrations_per_ip_per_hour, Duration::from_secs(3600)),
            ip_salt: rand::random(),
            storage,
            settings,
            message_key,
            content_key,
            dashboard_i18n: crate::dashboard::i18n(),
            login_limits: crate::dashboard::LoginLimits::default(),
        }))
    }
}

pub fn router(state: AppState) -> Router {
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
        .route("/records", get(records::pull).post(records::push).layer(DefaultBodyLimit::max(push_limit)));
    Router::new()
        .nest("/v1", v1)
        .nest("/dashboard", crate::dashboard::router())
        .route("/", get(|| async { axum::response::Redirect::to("/dashboard") }))
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(SMALL_BODY_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), limit_per_ip))
        .layer(middleware::from_fn_with_state(state.clone(), hsts))
        .with_state(state)
}

/// The client's address as a rate-limit key: hashed, never stored.
#[derive(Clone)]
pub(crate) struct ClientKey(pub(crate) String);

async fn limit_per_ip(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let ip = client_ip(&state, &req);
    let key = {
        let mut h = Sha256::new();
        h.update(state.ip_salt);
        h.update(ip.to_string().as_bytes());
        let d = h.finalize();
        format!("ip:{}", d.iter().take(12).map(|b| format!("{b:02x}")).collect::<String>())
    };
    if let Err(wait) = state.per_ip.check(&key) {
        return ApiError::RateLimited(wait).into_response();
    }
    req.extensions_mut().insert(ClientKey(key));
    next.run(req).await
}

/// Behind a TLS-terminating proxy (trusted, and saying so with
/// `X-Forwarded-Proto: https`), tell browsers to use HTTPS only from now on.
async fn hsts(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let https = state.settings.trust_forwarded_for
        && req.headers().get("x-forwarded-proto").and_then(|v| v.to_str().ok()) == Some("https");
    let mut res = next.run(req).await;
    if https {
        res.headers_mut()
            .insert(header::STRICT_TRANSPORT_SECURITY, axum::http::HeaderValue::from_static("max-age=31536000"));
    }
    res
}

fn client_ip(state: &AppState, req: &Request) -> IpAddr {
    if state.settings.trust_forwarded_for {
        let forwarded = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse::<IpAddr>().ok());
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()).unwrap_or(IpAddr::from([0, 0, 0, 0]))
}

async fn health(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    state.storage.ping().await?;
    Ok(Json(serde_json::json!({ "status": "ok" })))
}

async fn info(State(state): State<AppState>) -> Json<ServerInfo> {
    Json(ServerInfo {
        organisation: state.settings.organisation.clone(),
        api_version: API_VERSION,
        message_retention_days: state.settings.message_retention_days,
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
            Err(JsonRejection::MissingJsonContentType(_)) => {
                Err(ApiError::invalid("unsupported-media-type", "send Content-Type: application/json"))
            }
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

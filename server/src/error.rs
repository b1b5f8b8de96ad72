//! Every error leaves the server as `{"error": {"code", "message"}}` with a
//! 4xx or 5xx status. Internal details (SQL, paths, stack traces) go to the
//! log, never into a response.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use huiskamer_protocol::sync::{ErrorBody, ErrorDetail};

use crate::storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{1}")]
    BadRequest(&'static str, String),
    #[error("authentication required: send Authorization: Bearer <device key>")]
    Unauthorized,
    #[error("not found")]
    NotFound,
    /// A route that exists, asked for something that does not (yet).
    #[error("{1}")]
    Missing(&'static str, &'static str),
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("request body is too large")]
    TooLarge,
    #[error("send Content-Type: application/json")]
    UnsupportedMediaType,
    /// Well-formed, but refused: 422 with its code (a due time in the past,
    /// an organisation that takes no alerts).
    #[error("{1}")]
    Unprocessable(&'static str, String),
    #[error("{0}")]
    Conflict(&'static str),
    #[error("too many requests; try again in {0} seconds")]
    RateLimited(u64),
    /// The request's body did not arrive within the body timeout.
    #[error("the request did not arrive in time; nothing was changed")]
    RequestTimeout,
    #[error("the server's storage is full; nothing was changed")]
    StorageFull,
    #[error("the database is not available; nothing was changed")]
    Unavailable,
    #[error("internal error")]
    Internal,
}

impl ApiError {
    pub fn invalid(code: &'static str, message: impl Into<String>) -> Self {
        ApiError::BadRequest(code, message.into())
    }

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::BadRequest(code, _) => (StatusCode::BAD_REQUEST, code),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not-found"),
            ApiError::Missing(code, _) => (StatusCode::NOT_FOUND, code),
            ApiError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "method-not-allowed"),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too-large"),
            ApiError::UnsupportedMediaType => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
            ApiError::Unprocessable(code, _) => (StatusCode::UNPROCESSABLE_ENTITY, code),
            ApiError::Conflict(code) => (StatusCode::CONFLICT, code),
            ApiError::RateLimited(_) => (StatusCode::TOO_MANY_REQUESTS, "rate-limited"),
            ApiError::RequestTimeout => (StatusCode::REQUEST_TIMEOUT, "request-timeout"),
            ApiError::StorageFull => (StatusCode::INSUFFICIENT_STORAGE, "storage-full"),
            ApiError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            ApiError::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::Full => ApiError::StorageFull,
            StorageError::Conflict(what) => ApiError::Conflict(what),
            StorageError::Unavailable(detail) => {
                tracing::error!(%detail, "database unavailable");
                ApiError::Unavailable
            }
            StorageError::Internal(detail) => {
                tracing::error!(%detail, "storage error");
                ApiError::Internal
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let body = ErrorBody { error: ErrorDetail { code: code.to_string(), message: self.to_string() } };
        let mut res = (status, Json(body)).into_response();
        if let ApiError::RateLimited(secs) = self {
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                res.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        res
    }
}

//! The app fetches the newest signed content bundle: first the small
//! manifest, then (only if it is newer than what it has) the bundle by
//! version. Both are public: the library holds nothing personal, and the
//! app checks the signature, not the server.

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use huiskamer_protocol::bundle::Manifest;

use crate::error::ApiError;
use crate::state::AppState;

pub async fn manifest(State(state): State<AppState>) -> Result<Response, ApiError> {
    let Some((_, manifest, _)) = state.storage.latest_bundle().await? else {
        return Err(ApiError::Missing("nothing-published", "no content bundle has been published yet"));
    };
    // Stored as published; parsed so a damaged row is an error, not a surprise.
    let m: Manifest = serde_json::from_str(&manifest).map_err(|_| ApiError::Internal)?;
    Ok(axum::Json(m).into_response())
}

pub async fn bundle(State(state): State<AppState>, Path(version): Path<String>) -> Result<Response, ApiError> {
    let version: u64 =
        version.parse().map_err(|_| ApiError::invalid("invalid-version", "version: a positive number"))?;
    let bytes = state
        .storage
        .bundle_bytes(version)
        .await?
        .ok_or(ApiError::Missing("no-such-version", "no bundle was published with this version"))?;
    let mut res = bytes.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    // A published version never changes.
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    Ok(res)
}

//! The whole server's routes in one place: the app's API under `/v1` and
//! the dashboard under `/dashboard`, side by side, with the layers and
//! fallbacks they share. Neither knows the other.

use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::routing::get;
use axum::Router;

use crate::error::ApiError;
use crate::middleware::{hsts, limit_per_ip};
use crate::state::AppState;

/// Bodies of every endpoint except a push, a message and the dashboard's
/// text forms are small.
const SMALL_BODY_BYTES: usize = 16 * 1024;

pub fn router(state: AppState) -> Router {
    Router::new()
        .nest("/v1", crate::api::router(&state))
        .nest("/dashboard", crate::dashboard::router())
        .route("/", get(|| async { axum::response::Redirect::to("/dashboard") }))
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(SMALL_BODY_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), limit_per_ip))
        .layer(middleware::from_fn_with_state(state.clone(), hsts))
        .with_state(state)
}
